import type { Period } from './types.ts';

// BPS surveys (Susenas) run in March and September; placing each at its month keeps the
// half-year spacing true on a time axis. A target "for year Y" is read against March of Y,
// the annual reference figure.
const MONTH_OFFSET: Record<Period, number> = { mar: 2 / 12, sep: 8 / 12 };

/** A (year, period) as a fractional year for a time axis: March 2025 -> 2025.17. */
export function periodTime(year: number, period: Period): number {
  return year + MONTH_OFFSET[period];
}
