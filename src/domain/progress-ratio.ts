import { improvement, POVERTY_DIRECTION } from './indicator.ts';
import type { Direction } from './types.ts';

/**
 * Progress ratio R = observed pace / required pace, both in points a year: the recent pace (baseline
 * March to latest March) over the pace still needed (latest March to the target year). Both figures are
 * on the target card, so R can be checked with a calculator. Null when no progress is required.
 */
export function progressRatio(
  observedPpPerYear: number | null,
  requiredPpPerYear: number | null,
  direction: Direction = POVERTY_DIRECTION,
): number | null {
  if (observedPpPerYear === null || requiredPpPerYear === null) return null;
  // With the goal already met nothing is required, and dividing by it means nothing.
  if (improvement(0, requiredPpPerYear, direction) <= 0) return null;
  return observedPpPerYear / requiredPpPerYear;
}
