import type { TableColumn } from '../../components/table-column.ts';
import { formatPct, formatPoints, type Lang } from '../../i18n/format.ts';
import { translator } from '../../i18n/translate.ts';
import type { DistrictChangeRow } from '../../queries/district-change.ts';
import { districtHref } from '../district-link.ts';

/** The districts table's columns (area, base rate, latest rate, change, source) for a base year, in a language. */
export function districtColumns(lang: Lang, baseYear: number): TableColumn<DistrictChangeRow>[] {
  const t = translator(lang);
  const pct = (v: number) => formatPct(v, lang);
  return [
    { label: t('col.area'), value: (r) => r.name, href: (r) => districtHref(r.area_code, lang) },
    {
      label: `${t('col.base')} ${baseYear}`,
      value: (r) => (r.base_rate === null ? '–' : pct(r.base_rate)),
      numeric: true,
      raw: (r) => r.base_rate,
    },
    { label: t('col.latest'), value: (r) => pct(r.latest_rate), numeric: true, raw: (r) => r.latest_rate },
    { label: t('col.latestYear'), value: (r) => String(r.latest_year), raw: (r) => r.latest_year },
    {
      label: t('col.change'),
      value: (r) =>
        r.change_pp === null ? t('districts.noBase', { base: baseYear }) : formatPoints(r.change_pp, lang),
      numeric: true,
      raw: (r) => r.change_pp,
    },
    { label: t('col.source'), value: (r) => r.latest_source },
  ];
}
