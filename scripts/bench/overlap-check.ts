import type { Row } from '../../src/data/connection.ts';
import { overlapFindingsSql } from '../../src/queries/overlap-findings.ts';
import { overlapPrepareSqls } from '../../src/queries/overlap-prepare.ts';
import { upsertRuleSql } from '../../src/queries/overlap-rules-edit.ts';
import { overlapRulesSql, type OverlapRuleRow } from '../../src/queries/overlap-settings.ts';
import {
  overlapByDistrictSql,
  overlapByMonthSql,
  overlapByPairSql,
  overlapTotalsSql,
} from '../../src/queries/overlap-summary.ts';
import { fingerprint } from './fingerprint.ts';
import { timed } from './page/timed.ts';
import type { EngineInfo, OverlapCheckRun, RuleEditRun } from './protocol.ts';
import { ENGINE_INFO_SQL } from './table-check-sql.ts';

/** The tables the overlap check reads (the register last: it references the other three). */
export const OVERLAP_TABLES = ['areas', 'programme_kinds', 'overlap_rules', 'register'] as const;

/** What the check needs of an engine: the app's narrow connection interface, or native DuckDB behind it. */
export interface CheckRunner {
  query<T = Row>(sql: string): Promise<T[]>;
  exec(sql: string): Promise<void>;
}

// The Overlap view's summaries, in the order it asks for them after (re)building the findings.
const SUMMARIES: [string, string][] = [
  ['totals', overlapTotalsSql()],
  ['by-district', overlapByDistrictSql()],
  ['by-pair', overlapByPairSql()],
  ['by-month', overlapByMonthSql()],
];

/**
 * Builds the tables the check reads, once per register load, as the Overlap view does (but those the load
 * `brought`); returns the ms taken.
 */
export async function prepareOverlap(db: CheckRunner, brought: readonly string[] = []): Promise<number> {
  const [, ms] = await timed(async () => {
    for (const sql of overlapPrepareSqls(brought)) await db.exec(sql);
  });
  return ms;
}

/**
 * One run of the overlap check as the Overlap view does it on "run again": rebuild overlap_findings,
 * then read the four summaries. The summaries run one after the other here (the app sends them
 * together, but one connection runs them in turn anyway) so that each can be timed.
 */
export async function runOverlapCheck(db: CheckRunner): Promise<OverlapCheckRun> {
  const [, findingsMs] = await timed(() => db.exec(overlapFindingsSql()));
  const phases: Record<string, number> = { findings: findingsMs };
  const results: Row[][] = [];
  for (const [name, sql] of SUMMARIES) {
    const [rows, ms] = await timed(() => db.query(sql));
    phases[name] = ms;
    results.push(rows);
  }
  const summariesMs = Object.values(phases).reduce((a, b) => a + b, 0) - findingsMs;
  const findings = Number(results[0]?.[0]?.findings ?? NaN);
  return {
    findingsMs,
    summariesMs,
    totalMs: findingsMs + summariesMs,
    phases,
    findings,
    fingerprint: fingerprint(results.map(roundedRows)),
  };
}

// Sums of doubles may differ in their last bits when several threads add them in another order;
// 12 significant digits keep every real difference and drop that one.
function roundedRows(rows: Row[]): Row[] {
  const round = (v: unknown) => (typeof v === 'number' && !Number.isInteger(v) ? Number(v.toPrecision(12)) : v);
  return rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, round(v)])));
}

/** The engine's DuckDB version and thread count. */
export async function engineInfo(db: CheckRunner): Promise<EngineInfo> {
  const [info] = await db.query<EngineInfo>(ENGINE_INFO_SQL);
  return { version: String(info?.version), threads: Number(info?.threads) };
}

/**
 * The n-th of a series of rule edits, as the Overlap view saves one: the first rule's window switched between
 * month and year (so every edit changes what the check finds), written with the view's own statement, then
 * the check run again. The rule is read first, outside the timing (the view already holds it).
 */
export async function runRuleEdit(db: CheckRunner, n: number): Promise<RuleEditRun> {
  const [rule] = await db.query<OverlapRuleRow>(overlapRulesSql());
  if (!rule) throw new Error('bench: no overlap rule to edit');
  const edit = upsertRuleSql({
    ruleId: rule.rule_id,
    programmeA: rule.programme_a,
    programmeB: rule.programme_b,
    window: n % 2 === 0 ? 'year' : 'month',
    reasonId: rule.reason_id,
    reasonEn: rule.reason_en,
  });
  const [, editMs] = await timed(() => db.exec(edit));
  const check = await runOverlapCheck(db);
  return { editMs, checkMs: check.totalMs, totalMs: editMs + check.totalMs, findings: check.findings };
}
