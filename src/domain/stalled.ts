import { chronological } from './chronological.ts';
import { improvement, POVERTY_DIRECTION } from './indicator.ts';
import type { Direction, Observation } from './types.ts';

/** The short-term signal: did the latest semester improve on the one before it? */
export interface StalledSignal {
  stalled: boolean;
  latest: Observation;
  previous: Observation;
  /** latest - previous, in percentage points. */
  changePp: number;
}

/** Whether the latest semester (March or September) failed to improve on the one before it; null with fewer than two. */
export function stalled(
  observations: readonly Observation[],
  direction: Direction = POVERTY_DIRECTION,
): StalledSignal | null {
  const ordered = chronological(observations);
  const latest = ordered.at(-1);
  const previous = ordered.at(-2);
  if (!latest || !previous) return null;
  // "Did not improve" includes standing still: an unchanged rate is not progress toward a target.
  const isStalled = improvement(previous.ratePct, latest.ratePct, direction) <= 0;
  return { stalled: isStalled, latest, previous, changePp: latest.ratePct - previous.ratePct };
}
