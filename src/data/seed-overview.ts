import { fetchForHandOver } from './fetch-bytes.ts';
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

// DuckDB's loader reads the same CSV files at start-up: they are fetched once, for both.
const text = async (path: string) => new TextDecoder().decode(await fetchForHandOver(datasetUrl(path)));
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
  // Arquero (and the expression parser it brings) is a chunk of its own, fetched beside the CSVs.
  const [{ parseOverviewSeed }, poverty, targets, national] = await Promise.all([
    import('./overview-seed-csv.ts'),
    text(povertyCsv),
    text(targetsCsv),
    text(nationalCsv),
  ]);
  return parseOverviewSeed(areaCode, poverty, targets, national);
}
