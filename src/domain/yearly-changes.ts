import type { Observation } from './types.ts';

/** The change from one March to the next, for consecutive years only. */
export interface YearlyChange {
  fromYear: number;
  toYear: number;
  changePp: number;
}

/** Changes between consecutive years of an annual series (oldest first); a gap breaks the chain, it is never bridged. */
export function yearlyChanges(series: readonly Observation[]): YearlyChange[] {
  const out: YearlyChange[] = [];
  for (let i = 1; i < series.length; i++) {
    const from = series[i - 1]!;
    const to = series[i]!;
    if (to.year - from.year === 1)
      out.push({ fromYear: from.year, toYear: to.year, changePp: to.ratePct - from.ratePct });
  }
  return out;
}

/**
 * The spread of the observed one-year changes: their sample standard deviation, in points; null with
 * fewer than two changes (one change says nothing about how much a year varies).
 */
export function yearlyChangeSpread(series: readonly Observation[]): { spreadPp: number; changes: number } | null {
  const changes = yearlyChanges(series).map((c) => c.changePp);
  if (changes.length < 2) return null;
  const mean = changes.reduce((s, c) => s + c, 0) / changes.length;
  const variance = changes.reduce((s, c) => s + (c - mean) ** 2, 0) / (changes.length - 1);
  return { spreadPp: Math.sqrt(variance), changes: changes.length };
}

/** True when every year from `fromYear` to `toYear` has its observation in the series. */
export function coversYears(series: readonly Observation[], fromYear: number, toYear: number): boolean {
  const years = new Set(series.map((o) => o.year));
  for (let year = fromYear; year <= toYear; year++) if (!years.has(year)) return false;
  return true;
}
