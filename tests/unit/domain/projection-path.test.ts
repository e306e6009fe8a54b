import { describe, expect, it } from 'vitest';
import { annualSeries } from '../../../src/domain/annual-series.ts';
import { projection } from '../../../src/domain/projection.ts';
import { projectionPath } from '../../../src/domain/projection-path.ts';
import { KALTIM, march } from './fixtures.ts';

describe('projectionPath', () => {
  const series = annualSeries(KALTIM);

  it('reads the Kaltim projection at every year from March 2025 to 2029, the same value as projection() at 2026', () => {
    const path = projectionPath(series, { year: 2029, goalPct: 3.3 });
    expect(path.map((p) => p.year)).toEqual([2025, 2026, 2027, 2028, 2029]);
    expect(path[0]).toEqual({ year: 2025, valuePct: 5.17, lowPct: 5.17, highPct: 5.17 });
    expect(path[1]!.valuePct).toBeCloseTo(projection(series, { year: 2026, goalPct: 3 })!.valuePct, 12);
    expect(path[1]!.valuePct).toBeCloseTo(4.7, 12);
  });

  it('widens the band the further it reaches', () => {
    const widths = projectionPath(series, { year: 2029, goalPct: 3.3 }).map((p) => p.highPct! - p.lowPct!);
    expect(widths.every((w, i) => i === 0 || w > widths[i - 1]!)).toBe(true);
  });

  it.each([
    ['a goal year already observed', series, 2025, 0],
    ['no observations', [], 2026, 0],
    ['one observation (no line)', march([2025, 5]), 2026, 0],
    ['two observations: a line but no band', march([2024, 6], [2025, 5]), 2027, 3],
  ] as const)('%s -> %d points', (_name, input, year, count) => {
    const path = projectionPath(input, { year, goalPct: 3 });
    expect(path).toHaveLength(count);
    if (count) expect(path.every((p) => p.lowPct === null && p.highPct === null)).toBe(true);
  });

  it('follows an exact straight line with a band of zero width', () => {
    const path = projectionPath(march([2023, 7], [2024, 6.5], [2025, 6]), { year: 2027, goalPct: 4 });
    expect(path.map((p) => Number(p.valuePct.toFixed(9)))).toEqual([6, 5.5, 5]);
    expect(path[2]!.lowPct).toBeCloseTo(5, 9);
  });
});
