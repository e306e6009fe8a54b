import { POVERTY_DIRECTION } from './indicator.ts';
import type { Direction, Target } from './types.ts';

/** What a target asks for: the one value to reach by a year, and the range it came from, if any. */
export interface TargetGoal {
  year: number;
  goalPct: number;
  lowPct: number | null;
  highPct: number | null;
}

const finiteOrNull = (value: number | null | undefined): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/** The single value a target must reach (for a range, its near edge), or null when it states none. */
export function targetGoal(target: Target, direction: Direction = POVERTY_DIRECTION): TargetGoal | null {
  const lowPct = finiteOrNull(target.lowPct);
  const highPct = finiteOrNull(target.highPct);
  // Anywhere inside a range counts as met, so a falling rate must reach the upper bound (2.3-3.3% -> 3.3%).
  const nearEdge = direction === 'lower-is-better' ? (highPct ?? lowPct) : (lowPct ?? highPct);
  const goalPct = finiteOrNull(target.valuePct) ?? nearEdge;
  return goalPct === null ? null : { year: target.year, goalPct, lowPct, highPct };
}
