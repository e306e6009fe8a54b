import { describe, expect, it } from 'vitest';
import { pace, requiredPace, type RatePoint } from '../../../src/domain/pace.ts';

const at = (year: number, ratePct: number): RatePoint => ({ year, ratePct });

describe('pace', () => {
  it.each<[string, RatePoint, RatePoint, number, number | null]>([
    // name, from, to, years, pp a year
    ['Kaltim observed, March 2023 -> 2025', at(2023, 6.11), at(2025, 5.17), 2, -0.47],
    ['Kukar observed, March 2023 -> 2025', at(2023, 7.61), at(2025, 6.72), 2, -0.445],
    ['a gap divides by the years elapsed (2016 -> 2020)', at(2016, 8), at(2020, 7), 4, -0.25],
    ['rising poverty', at(2023, 5), at(2025, 5.6), 2, 0.3],
    ['no time elapsed', at(2025, 5.17), at(2025, 5.19), 0, null],
  ])('%s', (_name, from, to, years, ppPerYear) => {
    const result = pace(from, to);
    expect(result.years).toBe(years);
    expectClose(result.ppPerYear, ppPerYear);
  });

  it.each<[string, RatePoint, number, number, number]>([
    // name, from, goal year, goal, pp a year
    ['Kaltim from March 2025 to 3% in 2026: 2.17 points in one year', at(2025, 5.17), 2026, 3, -2.17],
    ['to zero extreme poverty', at(2023, 0.1), 2024, 0, -0.1],
  ])('required: %s', (_name, from, year, goalPct, ppPerYear) => {
    const result = requiredPace(from, { year, goalPct, lowPct: null, highPct: null });
    expectClose(result.ppPerYear, ppPerYear);
    expect(result.goal.goalPct).toBe(goalPct);
  });

  it('required pace for a range aims at its upper bound and carries the range', () => {
    const result = requiredPace(at(2025, 5.17), { year: 2029, goalPct: 3.3, lowPct: 2.3, highPct: 3.3 });
    expect(result.changePp).toBeCloseTo(-1.87, 12);
    expect(result.ppPerYear).toBeCloseTo(-0.4675, 12);
    expect(result.goal).toEqual({ year: 2029, goalPct: 3.3, lowPct: 2.3, highPct: 3.3 });
  });

  it('the pace times its years is the change, so a card can be checked with a calculator', () => {
    const result = requiredPace(at(2025, 5.17), { year: 2029, goalPct: 3.3, lowPct: 2.3, highPct: 3.3 });
    expect(result.ppPerYear! * result.years).toBeCloseTo(result.goal.goalPct - 5.17, 12);
  });
});

function expectClose(actual: number | null, expected: number | null): void {
  if (expected === null) expect(actual).toBeNull();
  else expect(actual).toBeCloseTo(expected, 6);
}
