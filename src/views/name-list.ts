import type { Lang } from '../i18n/format.ts';
import { translate } from '../i18n/translate.ts';

/** Names as a list in running text: "A", "A dan B", "A, B dan C" (no serial comma in either language). */
export function nameList(names: readonly string[], lang: Lang): string {
  if (names.length < 2) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} ${translate(lang, 'list.and')} ${names.at(-1)}`;
}
