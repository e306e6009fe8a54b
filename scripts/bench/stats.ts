/** Median, extremes and count of a series of measurements. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  n: number;
}

/** The median (mean of the middle two for an even count); NaN for no values. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length === 0) return NaN;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median, min and max of the finite values of a series (missing measurements are left out). */
export function summarize(values: readonly (number | null | undefined)[]): Summary {
  const finite = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  return { median: median(finite), min: Math.min(...finite), max: Math.max(...finite), n: finite.length };
}

/**
 * The median of per-run ratios a[i] / b[i]. Pairs measured in the same run share the machine's
 * state at that moment, so their ratio is steadier than a ratio of two medians.
 */
export function pairedRatio(a: readonly (number | null)[], b: readonly (number | null)[]): Summary {
  return summarize(a.map((x, i) => (x !== null && b[i] ? x / b[i]! : null)));
}

/** The p-th percentile (0–100) by the nearest-rank method: the smallest value with at least p % of values at or below it. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1]!;
}
