import { formatPct, type Lang } from '../../i18n/format.ts';

/** A target's value with the decimals it has, up to two: 3 -> "3%", 3.3 -> "3,3%" (never a 3.3% goal rounded to "3%"). */
export function formatGoal(goalPct: number, lang: Lang): string {
  const digits = [0, 1].find((d) => Number(goalPct.toFixed(d)) === goalPct) ?? 2;
  return formatPct(goalPct, lang, digits);
}
