import type { OverlapRule } from './overlap-rules.ts';
import { REGISTER_YEAR } from './settings.ts';

/**
 * One overlap finding the generator planted, exactly as the overlap check must report it
 * (docs: the issue-4 contract): `same_kind` findings have no rule and programmes in text order,
 * rule findings keep the rule's order; `period` is the month, or the year for a yearly rule;
 * `month` is the later month of the pair.
 */
export interface PlantedFinding {
  household_id: string;
  check: 'same_kind' | 'rule';
  rule_id: string | null;
  programme_a: string;
  programme_b: string;
  period: string;
  month: string;
}

/** The register's text for a month number: `2025-03`. */
export function monthText(month: number): string {
  return `${REGISTER_YEAR}-${String(month).padStart(2, '0')}`;
}

/** A same-kind finding for two programmes paid to one household in one month. */
export function sameKindFinding(householdId: string, a: string, b: string, month: number): PlantedFinding {
  const [first, second] = a <= b ? [a, b] : [b, a];
  const text = monthText(month);
  return {
    household_id: householdId,
    check: 'same_kind',
    rule_id: null,
    programme_a: first,
    programme_b: second,
    period: text,
    month: text,
  };
}

/** A rule finding: the period is the month for a monthly rule, the year for a yearly one. */
export function ruleFinding(householdId: string, rule: OverlapRule, month: number): PlantedFinding {
  const period = rule.window === 'month' ? monthText(month) : String(REGISTER_YEAR);
  const { ruleId, programmeA, programmeB } = rule;
  return {
    household_id: householdId,
    check: 'rule',
    rule_id: ruleId,
    programme_a: programmeA,
    programme_b: programmeB,
    period,
    month: monthText(month),
  };
}
