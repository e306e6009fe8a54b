import { describe, expect, it } from 'vitest';
import { compoundAnnualRate, pace, requiredPace, type RatePoint } from '../../../src/domain/pace.ts';

const at = (year: number, ratePct: number): RatePoint => ({ year, ratePct });

describe('pace', () => {
  it.each<[string, RatePoint, RatePoint, number, number | null, number | null]>([
    // name, from, to, years, pp a year, CAGR
    ['Kaltim observed, March 2023 -> 2025', at(2023, 6.11), at(2025, 5.17), 2, -0.47, -0.080134],
    ['Kukar observed, March 2023 -> 2025', at(2023, 7.61), at(2025, 6.72), 2, -0.445, -0.060293],
    ['a gap divides by the years elapsed (2016 -> 2020)', at(2016, 8), at(2020, 7), 4, -0.25, -0.032832],
    ['rising poverty', at(2023, 5), at(2025, 5.6), 2, 0.3, 0.058301],
    ['no time elapsed', at(2025, 5.17), at(2025, 5.19), 0, null, null],
    ['a zero start has no growth rate', at(2023, 0), at(2025, 1), 2, 0.5, null],
  ])('%s', (_name, from, to, years, ppPerYear, cagr) => {
    const result = pace(from, to);
    expect(result.years).toBe(years);
    expectClose(result.ppPerYear, ppPerYear);
    expectClose(result.cagr, cagr);
  });

  it.each<[string, RatePoint, number, number, number, number]>([
    // name, from, goal year, goal, pp a year, CAGR
    ['Kaltim from the 2023 baseline to 3% in 2026 (Open SDG)', at(2023, 6.11), 2026, 3, -1.036667, -0.211091],
    ['Kaltim from March 2025 to 3% in 2026: 2.17 points in one year', at(2025, 5.17), 2026, 3, -2.17, -0.419729],
    ['to zero extreme poverty', at(2023, 0.1), 2024, 0, -0.1, -1],
  ])('required: %s', (_name, from, year, goalPct, ppPerYear, cagr) => {
    const result = requiredPace(from, { year, goalPct, lowPct: null, highPct: null });
    expectClose(result.ppPerYear, ppPerYear);
    expectClose(result.cagr, cagr);
    expect(result.goal.goalPct).toBe(goalPct);
  });

  it('required pace for a range aims at its upper bound and carries the range', () => {
    const result = requiredPace(at(2025, 5.17), { year: 2029, goalPct: 3.3, lowPct: 2.3, highPct: 3.3 });
    expect(result.changePp).toBeCloseTo(-1.87, 12);
    expect(result.ppPerYear).toBeCloseTo(-0.4675, 12);
    expect(result.goal).toEqual({ year: 2029, goalPct: 3.3, lowPct: 2.3, highPct: 3.3 });
  });

  it.each<[number, number, number, number | null]>([
    [6.11, 3, 3, (3 / 6.11) ** (1 / 3) - 1],
    [4, 1, 2, -0.5],
    [5, 5, 3, 0],
    [5, 4, 0, null],
    [5, 4, -1, null],
    [-1, 4, 2, null],
  ])('compoundAnnualRate(%d, %d, %d years)', (from, to, years, expected) => {
    expectClose(compoundAnnualRate(from, to, years), expected);
  });
});

function expectClose(actual: number | null, expected: number | null): void {
  if (expected === null) expect(actual).toBeNull();
  else expect(actual).toBeCloseTo(expected, 6);
}
