import type { DistrictChangeRow } from '../../queries/district-change.ts';
import { formatPct, type Lang } from '../../i18n/format.ts';
import { translator } from '../../i18n/translate.ts';
import type { DistrictFigures } from './district-figures.ts';

type T = ReturnType<typeof translator>;

/**
 * The districts view's one-sentence summary (and slide headline): in how many districts the rate
 * fell since the base year, and the lowest and highest latest rates.
 */
export function districtsHeadline(f: DistrictFigures, baseYear: number, lang: Lang): string {
  const t = translator(lang);
  if (f.districts.length === 0) return t('districts.headline.none');
  const range = rangeText(t, f.districts, lang);
  // A district counts only with a base-year rate and a later one: a base equal to its latest says nothing.
  const compared = f.districts.filter((r) => r.change_pp !== null && r.latest_year > baseYear);
  if (compared.length === 0) return t('districts.headline.noCompare', { base: baseYear, range });
  const fell = compared.filter((r) => r.change_pp! < 0).length;
  if (compared.length === 1) {
    return t(fell === 1 ? 'districts.headline.onlyFell' : 'districts.headline.onlyNotFell', {
      base: baseYear,
      name: compared[0]!.name,
      range,
    });
  }
  const group =
    compared.length === f.districts.length
      ? t('districts.headline.group')
      : t('districts.headline.groupWithBase', { base: baseYear });
  const key =
    fell === compared.length
      ? 'districts.headline.all'
      : fell === 0
        ? 'districts.headline.noneFell'
        : 'districts.headline.some';
  return t(key, { base: baseYear, fell, count: compared.length, group, range });
}

// The rows come highest first (the query's order), so the lowest is the last.
function rangeText(t: T, rows: readonly DistrictChangeRow[], lang: Lang): string {
  const high = rows[0]!;
  const low = rows.at(-1)!;
  if (rows.length === 1)
    return t('districts.headline.single', {
      name: high.name,
      rate: formatPct(high.latest_rate, lang),
      year: high.latest_year,
    });
  return t('districts.headline.range', {
    low: low.name,
    lowRate: formatPct(low.latest_rate, lang),
    lowYear: low.latest_year,
    high: high.name,
    highRate: formatPct(high.latest_rate, lang),
    highYear: high.latest_year,
  });
}
