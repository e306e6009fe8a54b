import type { Lang } from '../../i18n/format.ts';
import { translate } from '../../i18n/translate.ts';

/** Names as a list in a sentence: "A", "A dan B", "A, B dan C" ("A, B and C"). */
export function nameList(names: string[], lang: Lang): string {
  if (names.length < 2) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${translate(lang, 'coverage.headline.and')} ${names.at(-1)}`;
}
