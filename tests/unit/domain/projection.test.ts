import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annualSeries } from '../../../src/domain/annual-series.ts';
import { gapShare, projection, recentPace } from '../../../src/domain/projection.ts';
import { projectionPath } from '../../../src/domain/projection-path.ts';
import type { Direction, Observation } from '../../../src/domain/types.ts';
import { KALTIM, march } from './fixtures.ts';

describe('gapShare', () => {
  it.each<[string, number, number, number, Direction, number | null]>([
    // name, projected, latest, goal, direction, expected
    ['projection meets the goal exactly', 3, 5.17, 3, 'lower-is-better', 0],
    ['no progress at all', 5.17, 5.17, 3, 'lower-is-better', 1],
    ['half the way', 4.085, 5.17, 3, 'lower-is-better', 0.5],
    ['moving away', 5.5, 5, 3, 'lower-is-better', 1.25],
    ['beating the goal', 2.5, 5, 3, 'lower-is-better', -0.25],
    ['goal already met', 2, 2.5, 3, 'lower-is-better', null],
    ['a rising indicator, half the way', 70, 60, 80, 'higher-is-better', 0.5],
  ])('%s', (_name, projected, latest, goal, direction, expected) => {
    const share = gapShare(projected, latest, goal, direction);
    if (expected === null) expect(share).toBeNull();
    else expect(share).toBeCloseTo(expected, 9);
  });
});

describe('recentPace', () => {
  it('Kaltim: March 2023 to March 2025, -0.47 points a year', () => {
    expect(recentPace(annualSeries(KALTIM))).toMatchObject({ fromYear: 2023, toYear: 2025, years: 2 });
    expect(recentPace(annualSeries(KALTIM))!.ppPerYear).toBeCloseTo(-0.47, 12);
  });

  it('none for one point, and none across a gap in the window (no line over years nobody measured)', () => {
    expect(recentPace(march([2025, 5.17]))).toBeNull();
    expect(recentPace(march([2022, 6.31], [2025, 5.17]))).toBeNull();
    expect(recentPace(march([2021, 7], [2023, 6.5], [2024, 6.2], [2025, 6]))).toMatchObject({ fromYear: 2023 });
  });
});

describe('projection', () => {
  const kaltim = annualSeries(KALTIM);
  // The one-year changes of Kaltim's Marches (2020 -> 2022 is not one, March 2021 is unpublished).
  const changes = [
    6.11 - 6.23,
    6.19 - 6.11,
    6.03 - 6.19,
    5.94 - 6.03,
    6.1 - 5.94,
    6.11 - 6.31,
    5.78 - 6.11,
    5.17 - 5.78,
  ];
  const mean = changes.reduce((s, c) => s + c, 0) / changes.length;
  const spread = Math.sqrt(changes.reduce((s, c) => s + (c - mean) ** 2, 0) / (changes.length - 1));

  it('Kaltim to 2026: starts at 5.17 and falls 0.47 a year, so 4.70, with a band of ±2 spreads', () => {
    const result = projection(kaltim, { year: 2026, goalPct: 3 })!;
    expect(result.valuePct).toBeCloseTo(4.7, 12);
    expect(result.pace.ppPerYear).toBeCloseTo(-0.47, 12);
    expect(result.spreadPp).toBeCloseTo(spread, 12);
    expect(result.spreadPp).toBeCloseTo(0.2389, 4);
    expect(result.band!.lowPct).toBeCloseTo(4.7 - 2 * spread, 12);
    expect(result.band!.highPct).toBeCloseTo(4.7 + 2 * spread, 12);
    expect(result.gapShare).toBeCloseTo((4.7 - 3) / (5.17 - 3), 12);
  });

  it('Kaltim to 2029: 5.17 - 4 × 0.47 = 3.29, the band √4 = 2 times as wide as a year ahead', () => {
    const result = projection(kaltim, { year: 2029, goalPct: 3.3 })!;
    expect(result.valuePct).toBeCloseTo(3.29, 12);
    expect(result.band!.highPct - result.band!.lowPct).toBeCloseTo(2 * 2 * 2 * spread, 12);
  });

  it('never points the other way than its own pace: a falling series projects lower', () => {
    const result = projection(kaltim, { year: 2026, goalPct: 3 })!;
    expect(result.valuePct).toBeLessThan(5.17);
  });

  it('with two points it projects their pace and says the band is unknown', () => {
    const result = projection(march([2024, 6.11], [2025, 5.17]), { year: 2026, goalPct: 3 });
    expect(result).toMatchObject({ band: null, bandNote: 'too-few-changes', spreadPp: null });
    expect(result?.valuePct).toBeCloseTo(4.23, 12);
  });

  it.each([
    ['no points', march()],
    ['one point', march([2025, 5.17])],
    ['a gap in the window', march([2020, 7], [2021, 6.8], [2022, 6.5], [2025, 5.17])],
  ])('none from %s', (_name, series) => {
    expect(projection(series, { year: 2026, goalPct: 3 })).toBeNull();
    expect(projectionPath(series, { year: 2026, goalPct: 3 })).toEqual([]);
  });

  it('keeps the projection and its band within 0-100%', () => {
    const result = projection(march([2023, 3], [2024, 2], [2025, 1.2]), { year: 2030, goalPct: 0.5 });
    expect(result?.valuePct).toBe(0);
    expect(result?.band?.lowPct).toBe(0);
  });

  it('for any series, the path starts at the latest observation and moves by the recent pace each year', () => {
    const year = fc.integer({ min: 2000, max: 2030 });
    const rate = fc.double({ min: 0.5, max: 60, noNaN: true });
    const series = fc.uniqueArray(fc.tuple(year, rate), { minLength: 1, maxLength: 15, selector: ([y]) => y });
    fc.assert(
      fc.property(series, fc.integer({ min: 1, max: 10 }), (pairs, ahead) => {
        const observed = annualSeries(pairs.map(([y, r]): Observation => ({ year: y, period: 'mar', ratePct: r })));
        const latest = observed.at(-1)!;
        const path = projectionPath(observed, { year: latest.year + ahead, goalPct: 1 });
        const pace = recentPace(observed);
        if (!pace) return path.length === 0;
        const first = path[0]!;
        const steps = path.every(
          (p, i) => Math.abs(p.valuePct - Math.min(100, Math.max(0, latest.ratePct + pace.ppPerYear! * i))) < 1e-9,
        );
        return first.year === latest.year && first.valuePct === latest.ratePct && steps;
      }),
      { seed: 20261204, numRuns: 2000 },
    );
  });
});
