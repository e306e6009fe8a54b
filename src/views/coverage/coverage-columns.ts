import { districtHref } from '../district-link.ts';
import type { TableColumn } from '../../components/table-column.ts';
import { formatNumber, formatSigned, type Lang } from '../../i18n/format.ts';
import { translator } from '../../i18n/translate.ts';
import type { DistrictValue } from './coverage-figures.ts';
import { per100Text } from './per-100-text.ts';

/** A figure's origin in words: sourced, illustrative, mixed, or not applicable; '–' without a figure. */
export function provenanceText(v: Pick<DistrictValue, 'applies' | 'provenance'>, lang: Lang): string {
  const t = translator(lang);
  if (!v.applies) return t('coverage.map.notApplicable');
  return v.provenance === null ? '–' : t(`coverage.provenance.${v.provenance}`);
}

// The CSV gets two decimals: enough to re-rank districts, without float noise like 77.62711864406779.
const hundredths = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);

/** The map's table: each district's coverage, people reached and its poor with the year they were counted. */
export function mapColumns(lang: Lang): TableColumn<DistrictValue>[] {
  const t = translator(lang);
  const num = (v: number | null) => (v === null ? '–' : formatNumber(v, lang));
  return [
    { label: t('col.area'), value: (v) => v.name, href: (v) => districtHref(v.code, lang) },
    {
      label: t('coverage.col.per100'),
      value: (v) => per100Cell(v, lang),
      numeric: true,
      raw: (v) => hundredths(v.per100),
    },
    {
      label: t('coverage.col.reached'),
      value: (v) => num(v.peopleReached),
      numeric: true,
      raw: (v) => v.peopleReached,
    },
    { label: t('coverage.col.poorPeople'), value: (v) => num(v.poorPeople), numeric: true, raw: (v) => v.poorPeople },
    {
      label: t('coverage.col.poorYear'),
      value: (v) => (v.poorYear === null ? '–' : String(v.poorYear)),
      numeric: true,
      raw: (v) => v.poorYear,
    },
    ...provenanceColumns(lang),
  ];
}

/** The scatter's table: each district's coverage (x) and change in the poverty rate since the base year (y). */
export function scatterColumns(baseYear: number, lang: Lang): TableColumn<DistrictValue>[] {
  const t = translator(lang);
  return [
    { label: t('col.area'), value: (v) => v.name, href: (v) => districtHref(v.code, lang) },
    {
      label: t('coverage.col.per100'),
      value: (v) => per100Cell(v, lang),
      numeric: true,
      raw: (v) => hundredths(v.per100),
    },
    {
      label: t('coverage.col.change', { base: baseYear }),
      value: (v) => (v.changePp === null ? '–' : formatSigned(v.changePp, lang, 2)),
      numeric: true,
      raw: (v) => v.changePp,
    },
    {
      label: t('coverage.col.latestYear'),
      value: (v) => (v.latestYear === null ? '–' : String(v.latestYear)),
      numeric: true,
      raw: (v) => v.latestYear,
    },
    ...provenanceColumns(lang),
  ];
}

function per100Cell(v: DistrictValue, lang: Lang): string {
  const t = translator(lang);
  if (!v.applies) return t('coverage.map.notApplicable');
  return v.per100 === null ? t('coverage.map.noData') : per100Text(v.per100, lang);
}

// Every table and CSV of coverage says per district whether its figure is real, and where the real rows come from.
function provenanceColumns(lang: Lang): TableColumn<DistrictValue>[] {
  const t = translator(lang);
  return [
    { label: t('coverage.col.provenance'), value: (v) => provenanceText(v, lang), nowrap: true },
    { label: t('coverage.col.source'), value: (v) => v.sources.join(' | ') },
  ];
}
