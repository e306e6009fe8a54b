import { formatNumber, type Lang } from './format.ts';
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
  /** The reader's own words, not translated: shown apart, never inside the sentence. */
  detail?: string;
}

// Reasons whose `expected` is a number, or a range "low–high", computed by the engine: shown in the page's format.
const NUMERIC_EXPECTED = new Set(['implausible-count', 'implausible-line']);

function expectedText(lang: Lang, i: IssueLike): string {
  const expected = i.expected ?? '';
  if (!NUMERIC_EXPECTED.has(i.reason)) return expected;
  return expected
    .split('–')
    .map((part) => {
      if (part.trim() === '' || !Number.isFinite(Number(part))) return part;
      return formatNumber(Number(part), lang, Math.min(2, part.split('.')[1]?.length ?? 0));
    })
    .join('–');
}

function params(lang: Lang, i: IssueLike) {
  const value = i.value ?? '';
  // For a decimal point in a decimal-comma file: the same number as the file should write it ("60,86").
  const comma = value.replace('.', ',');
  return { file: i.file, row: i.row, column: i.column ?? '', value, expected: expectedText(lang, i), comma };
}

/** One sentence naming file, row, column and what was expected, in the chosen language. */
export function describeIssueIn(lang: Lang, i: IssueLike): string {
  const where = translate(
    lang,
    i.row ? (i.column ? 'issue.where' : 'issue.whereRow') : 'issue.whereFile',
    params(lang, i),
  );
  return `${where}: ${describeReasonIn(lang, i)}`;
}

/** What is wrong with the value, without where (for a table that has row and column in their own cells). */
export function describeReasonIn(lang: Lang, i: IssueLike): string {
  return translate(lang, `issue.${i.reason}` as MessageKey, params(lang, i));
}
