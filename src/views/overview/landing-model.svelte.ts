import { povertySeriesSql, type SeriesRow } from '../../queries/poverty-series.ts';
import type { Session } from '../shell/session.svelte.ts';
import { bundledDistrictBoundaries, type LoadedBoundaries } from '../coverage/boundary-layer.svelte.ts';
import {
  CoverageModel,
  coverageInputs,
  DEFAULT_COVERAGE_BASE_YEAR,
  type CoverageData,
} from '../coverage/view-model.svelte.ts';
import { KUKAR } from '../district-link.ts';
import { pageFigures, type PageFigures } from '../district/page-figures.ts';

/** The household size the landing map converts families with: the scenario planner's default. */
const HOUSEHOLD_SIZE = 4;

/** What the first screen adds to the Kaltim figures: Kukar's series, and coverage by district on the real map. */
export interface LandingData {
  kukar: PageFigures | null;
  coverage: CoverageData;
  boundaries: LoadedBoundaries | null;
}

/** Reads Kukar's March series and the latest coverage (all programmes) with the bundled district outlines. */
export class LandingModel {
  readonly data: Promise<LandingData>;

  constructor(session: Session) {
    const coverage = new CoverageModel(session, () =>
      coverageInputs({ cyear: null, cprog: 'all', cbase: DEFAULT_COVERAGE_BASE_YEAR, district: '' }, HOUSEHOLD_SIZE),
    );
    this.data = this.#load(session, coverage);
  }

  async #load(session: Session, coverage: CoverageModel): Promise<LandingData> {
    const [kukar, data, places] = await Promise.all([
      session.query<SeriesRow>(povertySeriesSql({ areaCode: KUKAR, period: 'mar' })),
      coverage.data,
      coverage.places,
    ]);
    // The map is a picture of the figures: without its outlines the panel still gives the numbers.
    const boundaries = await bundledDistrictBoundaries(places).catch(() => null);
    return { kukar: pageFigures(kukar, []), coverage: data, boundaries };
  }
}
