import type { Direction } from './types.ts';

/** Lower poverty is better; every comparison of poverty rates in the app goes through this constant. */
export const POVERTY_DIRECTION: Direction = 'lower-is-better';

/**
 * Smallest progress ratio R for each class (Open SDG / Statistics Canada method):
 * on track R >= 0.95, acceleration needed 0.6 <= R < 0.95, limited progress 0 <= R < 0.6,
 * deterioration R < 0. This is the only place these numbers live.
 */
export const STATUS_THRESHOLDS = Object.freeze({
  onTrack: 0.95,
  accelerationNeeded: 0.6,
  limitedProgress: 0,
});

// Rates parsed from text can carry binary rounding noise; "at the goal" must survive it.
const TOLERANCE = 1e-9;

/** Signed change from one value to another, positive when it is an improvement in the given direction. */
export function improvement(fromPct: number, toPct: number, direction: Direction = POVERTY_DIRECTION): number {
  return direction === 'lower-is-better' ? fromPct - toPct : toPct - fromPct;
}

/** True when a value is at the goal or on its better side. */
export function isAtOrBetter(valuePct: number, goalPct: number, direction: Direction = POVERTY_DIRECTION): boolean {
  return improvement(goalPct, valuePct, direction) >= -TOLERANCE;
}
