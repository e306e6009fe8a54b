/** One overlap rule as the check reads it. */
export interface OverlapRuleRow {
  rule_id: string;
  programme_a: string;
  programme_b: string;
  window: 'month' | 'year';
  reason_id: string;
  reason_en: string;
  source: string;
}

/** One programme with the benefit kind the same-kind check groups by, and its names. */
export interface ProgrammeKindRow {
  programme_id: string;
  kind: string;
  name_id: string;
  name_en: string;
  level: string;
  source: string;
}

/** Every overlap rule, by id (the rules table the interface edits). */
export function overlapRulesSql(): string {
  return `SELECT rule_id, programme_a, programme_b, "window", reason_id, reason_en, source
FROM overlap_rules
ORDER BY rule_id`;
}

/** Every programme with its kind and names, by id. */
export function programmeKindsSql(): string {
  return `SELECT programme_id, kind, name_id, name_en, level, source
FROM programme_kinds
ORDER BY programme_id`;
}
