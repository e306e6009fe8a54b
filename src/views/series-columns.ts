import { formatNumber, formatPct, type Lang } from '../i18n/format.ts';
import { translator } from '../i18n/translate.ts';
import type { TableColumn } from '../components/table-column.ts';
import type { SeriesRow } from '../queries/poverty-series.ts';
import { citationLine } from './citation-text.ts';

/** How a poverty series is tabled: with the period (March/September) or not, and the decimals of poor people (thousands). */
export interface SeriesColumnOptions {
  period: boolean;
  poorDigits: number;
}

/** The data-table columns of a poverty series (year, period, rate, poor people, source) in a language. */
export function seriesColumns(lang: Lang, { period, poorDigits }: SeriesColumnOptions): TableColumn<SeriesRow>[] {
  const t = translator(lang);
  return [
    { label: t('col.year'), value: (r: SeriesRow) => String(r.year), raw: (r: SeriesRow) => r.year },
    ...(period ? [{ label: t('col.period'), value: (r: SeriesRow) => t(`period.${r.period}`) }] : []),
    {
      label: t('col.rate'),
      value: (r: SeriesRow) => formatPct(r.rate_pct, lang),
      numeric: true,
      raw: (r: SeriesRow) => r.rate_pct,
    },
    {
      label: t('col.poor'),
      value: (r: SeriesRow) => (r.poor_thousands === null ? '–' : formatNumber(r.poor_thousands, lang, poorDigits)),
      numeric: true,
      raw: (r: SeriesRow) => r.poor_thousands,
    },
    { label: t('col.source'), value: (r: SeriesRow) => citationLine(r, lang) },
  ];
}
