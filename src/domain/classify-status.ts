import { improvement, isAtOrBetter, POVERTY_DIRECTION, STATUS_THRESHOLDS } from './indicator.ts';
import type { Pace } from './pace.ts';
import type { TargetGoal } from './target-goal.ts';
import type { Direction, Observation, StatusClass } from './types.ts';

/** What a status is decided from. */
export interface StatusInput {
  /** The annual (March) series, oldest first. */
  series: readonly Observation[];
  goal: TargetGoal | null;
  /** Observed pace from the baseline to the latest March. */
  observed: Pace | null;
  /** Progress ratio R from progressRatio. */
  ratio: number | null;
  direction?: Direction;
}

/** Class for a progress ratio, from STATUS_THRESHOLDS. */
export function statusForRatio(ratio: number): StatusClass {
  if (ratio >= STATUS_THRESHOLDS.onTrack) return 'on-track';
  if (ratio >= STATUS_THRESHOLDS.accelerationNeeded) return 'acceleration-needed';
  if (ratio >= STATUS_THRESHOLDS.limitedProgress) return 'limited-progress';
  return 'deterioration';
}

/** The observation a target is judged on: the latest one in or before its year. */
export function observationForTarget(series: readonly Observation[], targetYear: number): Observation | null {
  // A target for a past year is judged on that year, not on later figures: Kaltim's 6.15% for 2022 was
  // missed (6.31%) even though the rate fell below 6.15% afterwards.
  return series.filter((observation) => observation.year <= targetYear).at(-1) ?? null;
}

/** Status of a target: achieved, missed (target-year-past), one of the R classes, or insufficient-data. */
export function classifyStatus({
  series,
  goal,
  observed,
  ratio,
  direction = POVERTY_DIRECTION,
}: StatusInput): StatusClass {
  const latest = series.at(-1);
  if (!latest || !goal) return 'insufficient-data';
  const judged = observationForTarget(series, goal.year);
  // A single point can show a target already met (or missed), so this comes before the two-point rule.
  if (judged && isAtOrBetter(judged.ratePct, goal.goalPct, direction)) return 'achieved';
  if (goal.year <= latest.year) return judged ? 'target-year-past' : 'insufficient-data';
  // Checked before R because R is undefined when the baseline had met the goal and the rate then rose past it.
  if (observed && improvement(observed.fromPct, observed.toPct, direction) < 0) return 'deterioration';
  return ratio === null ? 'insufficient-data' : statusForRatio(ratio);
}
