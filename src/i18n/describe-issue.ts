import type { Lang } from './format.ts';
import { translate } from './translate.ts';
import type { MessageKey } from './messages-id.ts';

/** The fields of a load issue this formatter reads (kept structural so i18n imports nothing of data/). */
export interface IssueLike {
  file: string;
  row: number;
  column: string | null;
  value: string | null;
  reason: string;
  expected: string | null;
}

/** One sentence naming file, row, column and what was expected, in the chosen language. */
export function describeIssueIn(lang: Lang, i: IssueLike): string {
  const params = { file: i.file, row: i.row, column: i.column ?? '', value: i.value ?? '', expected: i.expected ?? '' };
  const where = translate(lang, i.row ? (i.column ? 'issue.where' : 'issue.whereRow') : 'issue.whereFile', params);
  return `${where}: ${translate(lang, `issue.${i.reason}` as MessageKey, params)}`;
}
