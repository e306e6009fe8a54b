import { areaTargetsSql, type TargetRow } from '../../queries/area-targets.ts';
import { povertySeriesSql, type SeriesRow } from '../../queries/poverty-series.ts';
import { nationalSeriesSql, type NationalRow } from '../../queries/national-series.ts';
import { seedOverview } from '../../data/seed-overview.ts';
import type { Session } from '../shell/session.svelte.ts';
import { overviewFigures, type OverviewFigures } from './overview-figures.ts';

/** The province's code (BPS), the overview's area. */
export const PROVINCE = '64';

/** The overview's rows and figures, whichever engine provided them. */
export interface OverviewData {
  rows: SeriesRow[];
  targets: TargetRow[];
  /** Indonesia's series, the reference line. */
  national: NationalRow[];
  figures: OverviewFigures | null;
  engine: 'seed' | 'duckdb';
}

/**
 * Reads the province series and targets: first from the CSV seed (Arquero, no DuckDB wait),
 * then from DuckDB once it is ready.
 */
export class OverviewModel {
  #session: Session;
  readonly data: Promise<OverviewData>;

  constructor(session: Session) {
    this.#session = session;
    // The seed is the bundled CSV: when the last visit left the user's poverty or targets in place, wait for them instead.
    const seedIsStale = session.user.flagged.some((d) => d === 'poverty' || d === 'targets');
    this.data = $derived(this.#session.database || seedIsStale ? this.#fromDuckDB() : this.#fromSeed());
  }

  async #fromDuckDB(): Promise<OverviewData> {
    const [rows, targets, national] = await Promise.all([
      this.#session.query<SeriesRow>(povertySeriesSql({ areaCode: PROVINCE })),
      this.#session.query<TargetRow>(areaTargetsSql(PROVINCE)),
      this.#session.query<NationalRow>(nationalSeriesSql()),
    ]);
    return { rows, targets, national, figures: overviewFigures(rows, targets, national), engine: 'duckdb' };
  }

  async #fromSeed(): Promise<OverviewData> {
    const seed = await seedOverview(PROVINCE, 'poverty.csv', 'targets.csv', 'national.csv');
    performance.mark('pantau:seed-loaded');
    return {
      rows: seed.series,
      targets: seed.targets,
      national: seed.national,
      figures: overviewFigures(seed.series, seed.targets, seed.national),
      engine: 'seed',
    };
  }
}
