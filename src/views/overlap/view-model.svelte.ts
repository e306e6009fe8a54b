import { flaggedHouseholdsSql, type FlaggedHouseholdRow } from '../../queries/flagged-households.ts';
import { overlapFindingsSql } from '../../queries/overlap-findings.ts';
import {
  overlapRuleIssues,
  programmeKindIssues,
  type OverlapRuleInput,
  type RuleIssue,
} from '../../domain/overlap-rule-checks.ts';
import {
  overlapRulesSql,
  programmeKindsSql,
  type OverlapRuleRow,
  type ProgrammeKindRow,
} from '../../queries/overlap-settings.ts';
import {
  overlapByDistrictSql,
  overlapByMonthSql,
  overlapByPairSql,
  overlapTotalsSql,
  type OverlapByDistrictRow,
  type OverlapByMonthRow,
  type OverlapByPairRow,
  type OverlapTotalsRow,
} from '../../queries/overlap-summary.ts';
import type { RegisterSummaryRow } from '../../queries/register-summary.ts';
import type { Session } from '../shell/session.svelte.ts';
import type { PageEdit } from '../shell/page-edits.ts';
import { preparedRegister, type TargetingData } from './prepared-register.ts';

export type { TargetingData } from './prepared-register.ts';

const FINDINGS_MARK = 'pantau:overlap-findings';

/** The register once loaded and indexed: its summary, and how long that took (null when it was already loaded). */
export interface RegisterData {
  summary: RegisterSummaryRow;
  loadMs: number | null;
}

/** One run of the check: how long it took, and every summary of its findings. */
export interface CheckData {
  register: RegisterData;
  /** Building the findings and reading the four summaries: the whole re-run. */
  checkMs: number;
  totals: OverlapTotalsRow;
  districts: OverlapByDistrictRow[];
  pairs: OverlapByPairRow[];
  months: OverlapByMonthRow[];
}

/** The rules and programme kinds the check reads, as they are now. */
export interface SettingsData {
  rules: OverlapRuleRow[];
  kinds: ProgrammeKindRow[];
}

/**
 * The overlap check. Once per register load (prepared-register.ts): load, index, summary, targeting.
 * On every run (a re-run, or an edit of a rule or a kind): rebuild the findings, read their four summaries.
 */
export class OverlapModel {
  #session: Session;
  /** Bumped by a re-run or an edit; the check and the settings are derived from it. */
  revision = $state(0);
  readonly register: Promise<RegisterData>;
  readonly targeting: Promise<TargetingData>;
  readonly check: Promise<CheckData>;
  readonly settings: Promise<SettingsData>;

  constructor(session: Session) {
    this.#session = session;
    this.register = this.#loadRegister();
    this.targeting = preparedRegister(session).targeting;
    this.check = $derived(this.#runCheck(this.revision));
    this.settings = $derived(this.#readSettings(this.revision));
  }

  /** Runs the check again on the same rules (to time it); resolves with the new run. */
  rerun(): Promise<CheckData> {
    this.revision++;
    return this.check;
  }

  /** The flagged households of a district ('' for all), for the follow-up list; waits for the current check. */
  async flaggedHouseholds(areaCode: string): Promise<FlaggedHouseholdRow[]> {
    await this.check;
    return this.#session.query<FlaggedHouseholdRow>(flaggedHouseholdsSql(areaCode === '' ? {} : { areaCode }));
  }

  /** Checks and writes a rule (replacing the one it edits), then re-runs; returns why it was refused, if it was. */
  async saveRule(rule: OverlapRuleInput, replaces?: string): Promise<RuleIssue[]> {
    const { rules, kinds } = await this.settings;
    const context = {
      programmeIds: kinds.map((k) => k.programme_id),
      ruleIds: rules.map((r) => r.rule_id),
      editing: replaces,
    };
    return this.#write(overlapRuleIssues(rule, context), { kind: 'rule', rule, ...(replaces ? { replaces } : {}) });
  }

  /** Removes a rule and re-runs. */
  async removeRule(ruleId: string): Promise<void> {
    await this.#write([], { kind: 'remove-rule', ruleId });
  }

  /** Checks and sets a programme's kind, then re-runs; returns why it was refused, if it was. */
  async setKind(programmeId: string, kind: string): Promise<RuleIssue[]> {
    const { kinds } = await this.settings;
    const issues = programmeKindIssues(
      programmeId,
      kind,
      kinds.map((k) => k.programme_id),
    );
    return this.#write(issues, { kind: 'programme-kind', programmeId, programmeKind: kind });
  }

  async #write(issues: RuleIssue[], edit: PageEdit): Promise<RuleIssue[]> {
    if (issues.length) return issues;
    await this.#session.edit(edit);
    this.revision++;
    return [];
  }

  async #loadRegister(): Promise<RegisterData> {
    await this.#session.ready;
    const loaded = this.#session.lazyResults.some((r) => r.spec.id === 'register');
    const start = performance.now();
    const summary = await preparedRegister(this.#session).summary;
    return { summary, loadMs: loaded ? null : performance.now() - start };
  }

  async #runCheck(_revision: number): Promise<CheckData> {
    const register = await this.register;
    const start = performance.now();
    await this.#session.exec(overlapFindingsSql());
    const q = <T>(sql: string) => this.#session.query<T>(sql);
    const [totals, districts, pairs, months] = await Promise.all([
      q<OverlapTotalsRow>(overlapTotalsSql()),
      q<OverlapByDistrictRow>(overlapByDistrictSql()),
      q<OverlapByPairRow>(overlapByPairSql()),
      q<OverlapByMonthRow>(overlapByMonthSql()),
    ]);
    // For the bench: the page's first findings, what a shared link to this view waits for.
    if (!performance.getEntriesByName(FINDINGS_MARK).length) performance.mark(FINDINGS_MARK);
    return { register, checkMs: performance.now() - start, totals: totals[0]!, districts, pairs, months };
  }

  async #readSettings(_revision: number): Promise<SettingsData> {
    const [rules, kinds] = await Promise.all([
      this.#session.query<OverlapRuleRow>(overlapRulesSql()),
      this.#session.query<ProgrammeKindRow>(programmeKindsSql()),
    ]);
    return { rules, kinds };
  }
}
