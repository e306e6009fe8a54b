import type { Observation } from './types.ts';

/** How far back progress is measured from. */
export interface BaselineOptions {
  /** An explicit baseline year; wins over baselineYearsBack. */
  baselineYear?: number;
  /** Years before the latest March; 2 by default (Kaltim: March 2023 for March 2025). */
  baselineYearsBack?: number;
}

/** Baseline two years back: Kaltim's March 2023 for March 2025, the span the 2026 target is discussed over. */
export const DEFAULT_BASELINE_YEARS_BACK = 2;

/**
 * The March observation progress is measured from: the wanted year, else the nearest earlier one,
 * else the earliest available; always before the latest, and null for fewer than two points.
 */
export function pickBaseline(series: readonly Observation[], options: BaselineOptions = {}): Observation | null {
  const latest = series.at(-1);
  if (!latest) return null;
  const wanted = options.baselineYear ?? latest.year - (options.baselineYearsBack ?? DEFAULT_BASELINE_YEARS_BACK);
  const earlier = series.filter((observation) => observation.year < latest.year);
  // Across a gap, step back rather than forward: a shorter span would make the pace noisier.
  return earlier.filter((observation) => observation.year <= wanted).at(-1) ?? earlier[0] ?? null;
}
