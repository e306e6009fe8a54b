import { fromCSV, escape } from 'arquero';
import { fetchBytes } from './fetch-bytes.ts';
import { datasetUrl } from './site-url.ts';
import type { SeriesRow } from '../queries/poverty-series.ts';
import type { TargetRow } from '../queries/area-targets.ts';
import type { NationalRow } from '../queries/national-series.ts';

/** The province series and targets read without DuckDB, so the first chart can draw at once. */
export interface OverviewSeed {
  series: SeriesRow[];
  targets: TargetRow[];
  national: NationalRow[];
}

const text = async (path: string) => new TextDecoder().decode(await fetchBytes(datasetUrl(path)));
/** The citation columns, read as text (an ISO date must not become a Date). */
const CITATION = ['publisher', 'release_title', 'release_date', 'release_url', 'read_in', 'source'] as const;

const keepText = {
  area_code: String,
  period: String,
  source: String,
  kind: String,
  document: String,
  publisher: String,
  release_title: String,
  release_date: String,
  release_url: String,
  read_in: String,
  published: String,
  caveat_id: String,
  caveat_en: String,
};

/**
 * Reads the overview's small data (the BPS-style poverty CSV and the targets CSV) with Arquero.
 * DuckDB replaces it when ready; a unit test checks both give the same rows.
 */
export async function seedOverview(
  areaCode: string,
  povertyCsv: string,
  targetsCsv: string,
  nationalCsv: string,
): Promise<OverviewSeed> {
  const [poverty, targets, national] = await Promise.all([text(povertyCsv), text(targetsCsv), text(nationalCsv)]);
  return parseOverviewSeed(areaCode, poverty, targets, national);
}

/** The seed from the three CSV texts (separate from fetching so it runs under Node too). */
export function parseOverviewSeed(
  areaCode: string,
  povertyText: string,
  targetsText: string,
  nationalText: string,
): OverviewSeed {
  const poverty = fromCSV(povertyText, {
    delimiter: ';',
    decimal: ',',
    parse: { ...keepText, poverty_line_rp: String },
  })
    .filter(escape((d: { area_code: string }) => d.area_code === areaCode))
    .orderby('year', 'period')
    .select('year', 'period', 'rate_pct', 'poor_thousands', ...CITATION);
  const targets = fromCSV(targetsText, { parse: keepText })
    .filter(
      escape(
        (d: { area_code: string; indicator: string }) => d.area_code === areaCode && d.indicator === 'poverty_rate',
      ),
    )
    .orderby('target_year')
    .select(
      'area_code',
      'target_year',
      'target_pct',
      'target_low_pct',
      'target_high_pct',
      'kind',
      'document',
      'publisher',
      'published',
      'caveat_id',
      'caveat_en',
      'source',
    );
  const national = fromCSV(nationalText, { parse: keepText })
    .orderby('year', 'period')
    .select('year', 'period', 'rate_pct', 'poor_millions', ...CITATION);
  return {
    series: poverty.objects() as OverviewSeed['series'],
    targets: targets.objects() as OverviewSeed['targets'],
    national: national.objects() as OverviewSeed['national'],
  };
}
