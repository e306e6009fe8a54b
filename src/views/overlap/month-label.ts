import { formatMonth, type Lang } from '../../i18n/format.ts';

/** A register month ("2025-06") spelled out: "Juni 2025" / "June 2025"; anything else is shown as given. */
export function monthLabel(month: string, lang: Lang): string {
  const parts = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  return parts ? formatMonth(Number(parts[1]), Number(parts[2]), lang) : month;
}
