import { improvement, POVERTY_DIRECTION } from './indicator.ts';
import type { Direction } from './types.ts';

/**
 * Open SDG / Statistics Canada progress ratio R = observed CAGR / required CAGR, both measured from the
 * baseline year (observed: baseline to latest; required: baseline to target year); null when undefined.
 */
export function progressRatio(
  observedCagr: number | null,
  requiredCagr: number | null,
  direction: Direction = POVERTY_DIRECTION,
): number | null {
  if (observedCagr === null || requiredCagr === null) return null;
  // If the baseline had already met the goal no progress was required, and dividing by it means nothing.
  if (improvement(0, requiredCagr, direction) <= 0) return null;
  return observedCagr / requiredCagr;
}
