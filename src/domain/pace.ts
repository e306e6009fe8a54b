import type { TargetGoal } from './target-goal.ts';

/** A rate at a year: an observation, or a target's goal. */
export interface RatePoint {
  year: number;
  ratePct: number;
}

/** Average change between two points in time. */
export interface Pace {
  fromYear: number;
  toYear: number;
  fromPct: number;
  toPct: number;
  years: number;
  /** Total change in percentage points (negative when the rate falls). */
  changePp: number;
  /** Change in percentage points a year; null when no time elapses. The one pace unit of the app. */
  ppPerYear: number | null;
}

/** Pace toward a target, with the goal (and range) it aims at. */
export interface RequiredPace extends Pace {
  goal: TargetGoal;
}

/** Pace between two points, divided by the years actually elapsed (gaps in a series included). */
export function pace(from: RatePoint, to: RatePoint): Pace {
  const years = to.year - from.year;
  const changePp = to.ratePct - from.ratePct;
  return {
    fromYear: from.year,
    toYear: to.year,
    fromPct: from.ratePct,
    toPct: to.ratePct,
    years,
    changePp,
    ppPerYear: years > 0 ? changePp / years : null,
  };
}

/** Pace needed from a point (the baseline, or the latest observation) to reach a goal in its year. */
export function requiredPace(from: RatePoint, goal: TargetGoal): RequiredPace {
  return { ...pace(from, { year: goal.year, ratePct: goal.goalPct }), goal };
}
