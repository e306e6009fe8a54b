import { USER_SOURCE } from './upsert-target.ts';
import { sqlString } from './sql-literal.ts';

/** A rule to write (checked first with domain/overlap-rule-checks.ts). */
export interface OverlapRuleInput {
  ruleId: string;
  programmeA: string;
  programmeB: string;
  window: string;
  reasonId: string;
  reasonEn: string;
}

/**
 * Writes a rule checked with overlapRuleIssues, replacing the rule with its id (and `replaces`, when the
 * id was changed) in one statement; the rule is marked as entered by the user.
 */
export function upsertRuleSql(rule: OverlapRuleInput, replaces?: string): string {
  const ids = [rule.ruleId.trim(), ...(replaces === undefined ? [] : [replaces])].map(sqlString).join(', ');
  return `CREATE OR REPLACE TABLE overlap_rules AS
SELECT * FROM overlap_rules WHERE rule_id NOT IN (${ids})
UNION ALL BY NAME
SELECT ${sqlString(rule.ruleId.trim())} AS rule_id, ${sqlString(rule.programmeA.trim())} AS programme_a, ${sqlString(rule.programmeB.trim())} AS programme_b,
  ${sqlString(rule.window.trim())} AS "window", ${sqlString(rule.reasonId.trim())} AS reason_id, ${sqlString(rule.reasonEn.trim())} AS reason_en,
  ${sqlString(USER_SOURCE)} AS source
ORDER BY rule_id`;
}

/** Removes a rule. */
export function deleteRuleSql(ruleId: string): string {
  return `DELETE FROM overlap_rules WHERE rule_id = ${sqlString(ruleId)}`;
}

/** Sets a programme's benefit kind (checked with programmeKindIssues), which the same-kind check groups by. */
export function setProgrammeKindSql(programmeId: string, kind: string): string {
  return `UPDATE programme_kinds SET kind = ${sqlString(kind.trim())} WHERE programme_id = ${sqlString(programmeId.trim())}`;
}
