import { isAtOrBetter, POVERTY_DIRECTION } from './indicator.ts';
import type { TargetGoal } from './target-goal.ts';
import type { Direction, Observation } from './types.ts';
import { lineAt, predictionSe, weightedLine, type WeightedLine } from './weighted-line.ts';

/**
 * Half-life of an observation's weight, in years. Three years lets the last three Marches carry about
 * half the weight (recent policy and prices matter most) while a decade of points still informs the
 * noise estimate, and one shock year such as 2020 cannot dominate the line.
 */
export const DEFAULT_HALF_LIFE_YEARS = 3;

/** The band is the projection plus or minus this many standard errors: a rough 95% under normal noise. */
export const DEFAULT_BAND_STANDARD_ERRORS = 2;

export interface ProjectionOptions {
  halfLifeYears?: number;
  bandStandardErrors?: number;
  direction?: Direction;
}

export interface Projection {
  year: number;
  /** Projected rate in the target year, kept within 0-100%. */
  valuePct: number;
  slopePpPerYear: number;
  /** Projection +/- bandStandardErrors prediction standard errors; null when it cannot be estimated. */
  band: { lowPct: number; highPct: number } | null;
  /** 'too-few-points' with two points: any two points fit a line exactly, so the noise is unknown. */
  bandNote: 'estimated' | 'too-few-points';
  pointsUsed: number;
  halfLifeYears: number;
  /** (projected - goal) / (latest - goal); see gapShare. */
  gapShare: number | null;
}

const clampRate = (pct: number): number => Math.min(100, Math.max(0, pct));

/** Weight of an observation by its age: 1 for the latest year, halving every halfLifeYears. */
export function recencyWeight(year: number, latestYear: number, halfLifeYears = DEFAULT_HALF_LIFE_YEARS): number {
  return 0.5 ** ((latestYear - year) / halfLifeYears);
}

/**
 * Share of the progress still required that the projection leaves undone: 0 meets the goal exactly,
 * 1 means no progress, above 1 moving away, below 0 beating it; null once the goal is already met.
 */
export function gapShare(
  projectedPct: number,
  latestPct: number,
  goalPct: number,
  direction: Direction = POVERTY_DIRECTION,
): number | null {
  if (isAtOrBetter(latestPct, goalPct, direction)) return null;
  return (projectedPct - goalPct) / (latestPct - goalPct);
}

/** Projection of the annual series to the goal's year by time-weighted least squares, with a rough band. */
export function projection(
  series: readonly Observation[],
  goal: Pick<TargetGoal, 'year' | 'goalPct'>,
  options: ProjectionOptions = {},
): Projection | null {
  const latest = series.at(-1);
  const halfLifeYears = options.halfLifeYears ?? DEFAULT_HALF_LIFE_YEARS;
  if (!latest) return null;
  const weight = (year: number): number => recencyWeight(year, latest.year, halfLifeYears);
  const line = weightedLine(series.map((o) => ({ x: o.year, y: o.ratePct, weight: weight(o.year) })));
  if (!line) return null;
  const valuePct = clampRate(lineAt(line, goal.year));
  const band = bandAt(line, goal.year, options.bandStandardErrors ?? DEFAULT_BAND_STANDARD_ERRORS);
  return {
    year: goal.year,
    valuePct,
    slopePpPerYear: line.slope,
    band,
    bandNote: band ? 'estimated' : 'too-few-points',
    pointsUsed: series.length,
    halfLifeYears,
    gapShare: gapShare(valuePct, latest.ratePct, goal.goalPct, options.direction),
  };
}

// The prediction error combines the residual noise with the uncertainty of the fitted line, which
// grows with the distance from the weighted mean year: the further the target year, the wider the band.
function bandAt(line: WeightedLine, year: number, standardErrors: number): Projection['band'] {
  const se = predictionSe(line, year);
  if (se === null) return null;
  const centre = lineAt(line, year);
  return { lowPct: clampRate(centre - standardErrors * se), highPct: clampRate(centre + standardErrors * se) };
}
