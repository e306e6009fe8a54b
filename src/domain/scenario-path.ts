import type { RatePoint } from './pace.ts';

/**
 * The rate year by year from a starting point if it falls by a fixed number of points each year
 * (a negative fall is a rise), kept within 0-100%: the planner's "what if" path.
 */
export function scenarioPath(start: RatePoint, toYear: number, fallPpPerYear: number): RatePoint[] {
  const path: RatePoint[] = [];
  for (let year = start.year; year <= toYear; year++) {
    const ratePct = start.ratePct - fallPpPerYear * (year - start.year);
    path.push({ year, ratePct: Math.min(100, Math.max(0, ratePct)) });
  }
  return path;
}

/** The scenario's rate in a year (null when the path does not reach it). */
export function scenarioRateAt(path: readonly RatePoint[], year: number): number | null {
  return path.find((point) => point.year === year)?.ratePct ?? null;
}
