import type { Lang } from '../../i18n/format.ts';
import type { MessageKey } from '../../i18n/messages-id.ts';
import { translate } from '../../i18n/translate.ts';
import type { RuleIssue } from '../../domain/overlap-rule-checks.ts';

const FIELD: Record<RuleIssue['field'], MessageKey> = {
  rule_id: 'overlap.col.ruleId',
  programme_a: 'overlap.col.programmeA',
  programme_b: 'overlap.col.programmeB',
  window: 'overlap.col.window',
  reason_id: 'overlap.rules.reasonId',
  reason_en: 'overlap.rules.reasonEn',
  programme_id: 'overlap.col.programme',
  kind: 'overlap.col.kind',
};

/** A refused rule or kind as a sentence in a language; `value` is what was typed (a duplicate id). */
export function ruleIssueText(issue: RuleIssue, lang: Lang, value = ''): string {
  return translate(lang, `overlap.issue.${issue.reason}`, { field: translate(lang, FIELD[issue.field]), value });
}
