// The checks on a rule or benefit kind entered on the Overlap page, before queries/overlap-rules-edit.ts
// writes it: plain rules over the ids that exist now, no SQL.

/** The benefit kinds a programme can have (the programme_kinds dataset's `kind` values). */
export const PROGRAMME_KINDS = Object.freeze([
  'cash',
  'food',
  'business',
  'device',
  'education',
  'residential',
] as const);

/** The windows a rule can compare in (the overlap_rules dataset's `window` values). */
export const RULE_WINDOWS = Object.freeze(['month', 'year'] as const);

/** A rule as entered in the interface (the same shape queries/overlap-rules-edit.ts writes). */
export interface OverlapRuleInput {
  ruleId: string;
  programmeA: string;
  programmeB: string;
  window: string;
  reasonId: string;
  reasonEn: string;
}

/** What an entered rule or kind is checked against: the programmes and rule ids that exist now. */
export interface RuleContext {
  programmeIds: readonly string[];
  ruleIds: readonly string[];
  /** The id of the rule being edited, which may keep its own id. */
  editing?: string;
}

/** Why an entered rule or kind is refused; the i18n layer turns each into a sentence. */
export type RuleIssueReason =
  'missing-rule-id' | 'duplicate-rule-id' | 'unknown-programme' | 'bad-window' | 'missing-reason' | 'bad-kind';

/** One refused field. */
export interface RuleIssue {
  reason: RuleIssueReason;
  field: 'rule_id' | 'programme_a' | 'programme_b' | 'window' | 'reason_id' | 'reason_en' | 'programme_id' | 'kind';
}

const blank = (text: string): boolean => text.trim() === '';
const known = (list: readonly string[], value: string): boolean => list.includes(value.trim());

/** Every reason an entered rule would be refused; none means upsertRuleSql may write it. */
export function overlapRuleIssues(rule: OverlapRuleInput, context: RuleContext): RuleIssue[] {
  const id = rule.ruleId.trim();
  const checks: [boolean, RuleIssue][] = [
    [id === '', { reason: 'missing-rule-id', field: 'rule_id' }],
    [
      id !== '' && id !== context.editing && context.ruleIds.includes(id),
      { reason: 'duplicate-rule-id', field: 'rule_id' },
    ],
    [!known(context.programmeIds, rule.programmeA), { reason: 'unknown-programme', field: 'programme_a' }],
    [!known(context.programmeIds, rule.programmeB), { reason: 'unknown-programme', field: 'programme_b' }],
    [!known(RULE_WINDOWS, rule.window), { reason: 'bad-window', field: 'window' }],
    [blank(rule.reasonId), { reason: 'missing-reason', field: 'reason_id' }],
    [blank(rule.reasonEn), { reason: 'missing-reason', field: 'reason_en' }],
  ];
  return checks.filter(([failed]) => failed).map(([, issue]) => issue);
}

/** Every reason a new kind for a programme would be refused. */
export function programmeKindIssues(programmeId: string, kind: string, programmeIds: readonly string[]): RuleIssue[] {
  const issues: RuleIssue[] = [];
  if (!known(programmeIds, programmeId)) issues.push({ reason: 'unknown-programme', field: 'programme_id' });
  if (!known(PROGRAMME_KINDS, kind)) issues.push({ reason: 'bad-kind', field: 'kind' });
  return issues;
}
