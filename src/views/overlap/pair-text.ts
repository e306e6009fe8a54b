import type { Lang } from '../../i18n/format.ts';
import type { OverlapByPairRow } from '../../queries/overlap-summary.ts';

/** A programme's name in a language, falling back to the other language and then to its id. */
export function programmeName(id: string, nameId: string | null, nameEn: string | null, lang: Lang): string {
  return (lang === 'en' ? (nameEn ?? nameId) : (nameId ?? nameEn)) ?? id;
}

/** Both programmes of a pair, "A + B" (a programme with itself reads "A + A"). */
export function pairNames(row: OverlapByPairRow, lang: Lang): string {
  return `${programmeName(row.programme_a, row.name_a_id, row.name_a_en, lang)} + ${programmeName(row.programme_b, row.name_b_id, row.name_b_en, lang)}`;
}

/** A rule's reason in a language, or null for a same-kind finding. */
export function pairReason(row: OverlapByPairRow, lang: Lang): string | null {
  return lang === 'en' ? (row.reason_en ?? row.reason_id) : (row.reason_id ?? row.reason_en);
}
