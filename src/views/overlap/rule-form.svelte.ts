import type { RuleIssue } from '../../domain/overlap-rule-checks.ts';

/** The rule form as typed; a null field still shows its suggestion (the next id, the first programme). */
export interface RuleDraft {
  ruleId: string | null;
  programmeA: string | null;
  programmeB: string | null;
  window: string;
  reasonId: string;
  reasonEn: string;
}

/** What the last edit did, to say so under the tables. */
export type EditOutcome =
  | { ok: true; message: 'saved' | 'removed'; ruleId: string }
  | { ok: true; message: 'kind'; programmeId: string; kind: string }
  | { ok: false; issues: RuleIssue[]; value: string };

const EMPTY: RuleDraft = {
  ruleId: null,
  programmeA: null,
  programmeB: null,
  window: 'month',
  reasonId: '',
  reasonEn: '',
};

/** The add-a-rule form's fields and the outcome of the last edit of rules or kinds. */
export class RuleFormState {
  draft = $state<RuleDraft>({ ...EMPTY });
  outcome = $state.raw<EditOutcome | null>(null);
  busy = $state(false);

  /** Empties the form after a rule was saved, so the next id is suggested. */
  clear(): void {
    this.draft = { ...EMPTY };
  }
}
