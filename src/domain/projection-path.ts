import { projection, type ProjectionOptions } from './projection.ts';
import type { TargetGoal } from './target-goal.ts';
import type { Observation } from './types.ts';

/** The trend projection at one year, with its band where it can be estimated. */
export interface ProjectedPoint {
  year: number;
  valuePct: number;
  lowPct: number | null;
  highPct: number | null;
}

/**
 * The projection for every year from the latest March to the goal's year, so it can be drawn as a
 * line with its band; its first point is the latest observation itself. Empty when there is no projection.
 */
export function projectionPath(
  series: readonly Observation[],
  goal: Pick<TargetGoal, 'year' | 'goalPct'>,
  options: ProjectionOptions = {},
): ProjectedPoint[] {
  const latest = series.at(-1);
  if (!latest || goal.year <= latest.year) return [];
  const points: ProjectedPoint[] = [];
  for (let year = latest.year; year <= goal.year; year++) {
    const p = projection(series, { year, goalPct: goal.goalPct }, options);
    if (!p) return [];
    points.push({ year, valuePct: p.valuePct, lowPct: p.band?.lowPct ?? null, highPct: p.band?.highPct ?? null });
  }
  return points;
}
