import { describe, expect, it } from 'vitest';
import { annualSeries } from '../../../src/domain/annual-series.ts';
import { gapShare, projection, recencyWeight } from '../../../src/domain/projection.ts';
import type { Direction } from '../../../src/domain/types.ts';
import { KALTIM, march } from './fixtures.ts';

describe('recencyWeight', () => {
  it.each<[number, number, number, number]>([
    [2025, 2025, 3, 1],
    [2022, 2025, 3, 0.5],
    [2019, 2025, 3, 0.25],
    [2024, 2025, 1, 0.5],
  ])('year %d, latest %d, half-life %d: %d', (year, latest, halfLife, expected) => {
    expect(recencyWeight(year, latest, halfLife)).toBeCloseTo(expected, 12);
  });
});

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

describe('projection', () => {
  it('projects a straight line exactly, with a band of zero width', () => {
    const result = projection(march([2021, 8], [2022, 7.5], [2023, 7], [2024, 6.5], [2025, 6]), { year: 2027, goalPct: 5 });
    expect(result?.valuePct).toBeCloseTo(5, 9);
    expect(result?.band?.lowPct).toBeCloseTo(5, 9);
    expect(result?.band?.highPct).toBeCloseTo(5, 9);
    expect(result?.bandNote).toBe('estimated');
    expect(result?.gapShare).toBeCloseTo(0, 9);
  });

  it('with two points projects the line through them and says the band is unknown', () => {
    const result = projection(march([2023, 6.11], [2025, 5.17]), { year: 2026, goalPct: 3 });
    expect(result).toMatchObject({ band: null, bandNote: 'too-few-points', pointsUsed: 2 });
    expect(result?.valuePct).toBeCloseTo(4.7, 9);
    expect(result?.gapShare).toBeCloseTo((4.7 - 3) / (5.17 - 3), 9);
  });

  it.each([
    ['no points', march()],
    ['one point', march([2025, 5.17])],
  ])('none from %s', (_name, series) => {
    expect(projection(series, { year: 2026, goalPct: 3 })).toBeNull();
  });

  it('keeps the projection and its band within 0-100%', () => {
    const result = projection(march([2023, 3], [2024, 2], [2025, 1.2]), { year: 2030, goalPct: 0.5 });
    expect(result?.valuePct).toBe(0);
    expect(result?.band?.lowPct).toBe(0);
  });

  // Checked against numpy.polyfit(x, y, 1, w=sqrt(w)) and the same error formula written independently.
  it.each<[number, number, number, number, number, number]>([
    // half-life, year, projected, band low, band high, gap share
    [3, 2026, 5.472973, 4.580347, 6.365598, 1.139619],
    [3, 2029, 5.191084, 4.147562, 6.234606, 1.011275],
    [1, 2026, 5.053348, 4.055031, 6.051666, 0.946244],
  ])('Kaltim March 2015-2025, half-life %d, to %d', (halfLifeYears, year, value, low, high, share) => {
    const goalPct = year === 2026 ? 3 : 3.3;
    const result = projection(annualSeries(KALTIM), { year, goalPct }, { halfLifeYears });
    expect(result?.valuePct).toBeCloseTo(value, 5);
    expect(result?.band?.lowPct).toBeCloseTo(low, 5);
    expect(result?.band?.highPct).toBeCloseTo(high, 5);
    expect(result?.gapShare).toBeCloseTo(share, 5);
    expect(result?.pointsUsed).toBe(10);
  });

  it('the band widens with distance to the target year', () => {
    const series = annualSeries(KALTIM);
    const width = (year: number): number => {
      const band = projection(series, { year, goalPct: 3 })?.band;
      return band ? band.highPct - band.lowPct : Number.NaN;
    };
    expect(width(2029)).toBeGreaterThan(width(2026));
  });
});
