import type { Lang } from '../../i18n/format.ts';
import type { MessageKey } from '../../i18n/messages-id.ts';
import { translate } from '../../i18n/translate.ts';

/** A register month ("2025-06") spelled out: "Juni 2025" / "June 2025"; anything else is shown as given. */
export function monthLabel(month: string, lang: Lang): string {
  const parts = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!parts) return month;
  const name = translate(lang, `overlap.monthName.${parts[2]}` as MessageKey);
  return translate(lang, 'overlap.monthLabel', { month: name, year: parts[1]! });
}
