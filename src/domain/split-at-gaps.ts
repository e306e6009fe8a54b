import { periodTime } from './period-time.ts';
import type { Period } from './types.ts';

/** How far apart two published rounds of a series are: half a year (March and September) or a year (March only). */
export type SeriesStep = 'half-year' | 'year';

const STEP_YEARS: Record<SeriesStep, number> = { 'half-year': 0.5, year: 1 };

/**
 * A chronological series cut wherever a round is missing, so a line is drawn through each run of
 * consecutive rounds and never straight across years nobody measured.
 */
export function splitAtGaps<T extends { year: number; period: Period }>(series: readonly T[], step: SeriesStep): T[][] {
  const runs: T[][] = [];
  let previous: T | undefined;
  for (const point of series) {
    const gap = previous ? periodTime(point.year, point.period) - periodTime(previous.year, previous.period) : 0;
    if (!previous || gap > STEP_YEARS[step] + 1e-9) runs.push([point]);
    else runs.at(-1)!.push(point);
    previous = point;
  }
  return runs;
}
