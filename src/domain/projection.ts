import { isAtOrBetter, POVERTY_DIRECTION } from './indicator.ts';
import { pace, type Pace } from './pace.ts';
import { pickBaseline, type BaselineOptions } from './pick-baseline.ts';
import type { TargetGoal } from './target-goal.ts';
import type { Direction, Observation } from './types.ts';
import { coversYears, yearlyChangeSpread } from './yearly-changes.ts';

/** The band is the projection plus or minus this many spreads of a year's change, scaled by √years: a rough 95%. */
export const DEFAULT_BAND_SPREADS = 2;

export interface ProjectionOptions extends BaselineOptions {
  bandSpreads?: number;
  direction?: Direction;
}

/** Why a projection has no band: too few consecutive years to measure how much a year's change varies. */
export type BandNote = 'estimated' | 'too-few-changes';

export interface Projection {
  year: number;
  /** Projected rate in that year: the latest observation plus the recent pace times the years ahead, kept within 0-100%. */
  valuePct: number;
  /** The recent pace the projection uses (baseline March to latest March): the same pace the cards and sentences show. */
  pace: Pace;
  /** Projection +/- bandSpreads × spread × √(years ahead); null when the spread cannot be measured. */
  band: { lowPct: number; highPct: number } | null;
  bandNote: BandNote;
  /** Standard deviation of the observed one-year changes, in points; null with fewer than two. */
  spreadPp: number | null;
  /** (projected - goal) / (latest - goal); see gapShare. */
  gapShare: number | null;
}

const clampRate = (pct: number): number => Math.min(100, Math.max(0, pct));

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

/**
 * The recent pace of an annual series, if it can carry a projection: the baseline March to the latest
 * March, with every year between them observed. Null for a single point or a gap in the window, so no
 * line is drawn across years nobody measured.
 */
export function recentPace(series: readonly Observation[], options: BaselineOptions = {}): Pace | null {
  const latest = series.at(-1);
  const baseline = pickBaseline(series, options);
  if (!latest || !baseline || !coversYears(series, baseline.year, latest.year)) return null;
  return pace(baseline, latest);
}

/**
 * Where the rate goes in `goal.year` if the recent pace continues: it starts at the latest observation
 * and moves by the recent pace each year; the band widens with the spread of the observed yearly changes.
 */
export function projection(
  series: readonly Observation[],
  goal: Pick<TargetGoal, 'year' | 'goalPct'>,
  options: ProjectionOptions = {},
): Projection | null {
  const latest = series.at(-1);
  const recent = recentPace(series, options);
  if (!latest || !recent || recent.ppPerYear === null || goal.year < latest.year) return null;
  const years = goal.year - latest.year;
  const valuePct = clampRate(latest.ratePct + recent.ppPerYear * years);
  const spread = yearlyChangeSpread(series);
  const half = spread ? (options.bandSpreads ?? DEFAULT_BAND_SPREADS) * spread.spreadPp * Math.sqrt(years) : null;
  return {
    year: goal.year,
    valuePct,
    pace: recent,
    band: half === null ? null : { lowPct: clampRate(valuePct - half), highPct: clampRate(valuePct + half) },
    bandNote: spread ? 'estimated' : 'too-few-changes',
    spreadPp: spread?.spreadPp ?? null,
    gapShare: gapShare(valuePct, latest.ratePct, goal.goalPct, options.direction),
  };
}
