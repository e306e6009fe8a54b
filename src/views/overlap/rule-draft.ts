import type { OverlapRuleInput } from '../../domain/overlap-rule-checks.ts';

/** The next free rule id of the form R<n>: one above the highest number in use ("R5" after R1-R4). */
export function nextRuleId(ids: readonly string[]): string {
  const numbers = ids
    .map((id) => /^R(\d+)$/.exec(id.trim())?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number);
  return `R${Math.max(0, ...numbers) + 1}`;
}

/** An empty rule for the form: the next id, the first programme on both sides, a month window. */
export function emptyRule(ids: readonly string[], programmeIds: readonly string[]): OverlapRuleInput {
  const first = programmeIds[0] ?? '';
  return { ruleId: nextRuleId(ids), programmeA: first, programmeB: first, window: 'month', reasonId: '', reasonEn: '' };
}
