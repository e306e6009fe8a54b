import { describe, expect, it } from 'vitest';
import { scenarioPath, scenarioRateAt } from '../../../src/domain/scenario-path.ts';

describe('scenarioPath', () => {
  it.each([
    ['Kaltim, the recent 0.47 points a year for one year', { year: 2025, ratePct: 5.17 }, 2026, 0.47, [5.17, 4.7]],
    ['the 2.17 points Kaltim needs for 3% in 2026', { year: 2025, ratePct: 5.17 }, 2026, 2.17, [5.17, 3]],
    ['no fall: a flat line', { year: 2025, ratePct: 5.17 }, 2027, 0, [5.17, 5.17, 5.17]],
    ['a rise (negative fall)', { year: 2025, ratePct: 5 }, 2027, -0.5, [5, 5.5, 6]],
    ['never below zero', { year: 2025, ratePct: 1 }, 2027, 0.8, [1, 0.2, 0]],
    ['never above 100', { year: 2025, ratePct: 99 }, 2026, -5, [99, 100]],
    ['target year before the start: empty', { year: 2025, ratePct: 5 }, 2024, 1, []],
  ] as const)('%s', (_name, start, toYear, fall, expected) => {
    const path = scenarioPath(start, toYear, fall);
    expect(path.map((p) => Number(p.ratePct.toFixed(9)))).toEqual(expected);
    expect(path.map((p) => p.year)).toEqual(expected.map((_, i) => start.year + i));
  });
});

describe('scenarioRateAt', () => {
  const path = scenarioPath({ year: 2025, ratePct: 5.17 }, 2029, 0.5);
  it.each([
    [2025, 5.17],
    [2026, 4.67],
    [2029, 3.17],
    [2030, null],
    [2024, null],
  ])('year %d -> %s', (year, expected) => {
    const value = scenarioRateAt(path, year);
    if (expected === null) expect(value).toBeNull();
    else expect(value).toBeCloseTo(expected, 9);
  });
});
