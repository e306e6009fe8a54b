import { describe, expect, it } from 'vitest';
import { chronological, semesterIndex } from '../../../src/domain/chronological.ts';
import type { Observation } from '../../../src/domain/types.ts';
import { obs } from './fixtures.ts';

const label = (observations: readonly Observation[]): string[] =>
  observations.map((o) => `${o.year}-${o.period}:${o.ratePct}`);

describe('chronological', () => {
  it.each<[string, Observation[], string[]]>([
    ['empty', [], []],
    [
      'orders years and puts March before September',
      [obs(2025, 'sep', 5.19), obs(2024, 'sep', 5.51), obs(2025, 'mar', 5.17)],
      ['2024-sep:5.51', '2025-mar:5.17', '2025-sep:5.19'],
    ],
    ['keeps the first of duplicate semesters', [obs(2015, 'sep', 6.1), obs(2015, 'sep', 6.2)], ['2015-sep:6.1']],
    ['drops rates that are not numbers', [obs(2015, 'mar', Number.NaN), obs(2016, 'mar', 6.11)], ['2016-mar:6.11']],
  ])('%s', (_name, input, expected) => {
    expect(label(chronological(input))).toEqual(expected);
  });

  it.each([
    [2025, 'mar', 4050],
    [2025, 'sep', 4051],
  ] as const)('semesterIndex(%d %s) is %d', (year, period, expected) => {
    expect(semesterIndex({ year, period })).toBe(expected);
  });
});
