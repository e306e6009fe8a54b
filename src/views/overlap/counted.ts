import { formatNumber, type Lang } from '../../i18n/format.ts';
import { translate } from '../../i18n/translate.ts';

/** The things the overlap headlines count. */
export type CountedNoun = 'households' | 'findings' | 'months';

/** A count with its noun, singular for exactly one in English: "1 household", "4,500 households", "4.500 rumah tangga". */
export function counted(count: number, noun: CountedNoun, lang: Lang): string {
  return translate(lang, `overlap.count.${noun}.${count === 1 ? 'one' : 'other'}`, { n: formatNumber(count, lang) });
}
