import { formatNumber, type Lang } from '../../i18n/format.ts';

/** People reached per 100 poor people as the map writes it: one decimal under 10 (4,5), none above (78). */
export function per100Text(value: number, lang: Lang): string {
  return formatNumber(value, lang, value < 10 ? 1 : 0);
}
