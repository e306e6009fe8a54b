import { describe, expect, it } from 'vitest';
import { annualSeries } from '../../../src/domain/annual-series.ts';
import type { Observation } from '../../../src/domain/types.ts';
import { KALTIM, obs } from './fixtures.ts';

describe('annualSeries', () => {
  it.each<[string, readonly Observation[], Array<[number, number]>]>([
    ['no observations', [], []],
    ['September only', [obs(2021, 'sep', 6.27)], []],
    [
      'unsorted, mixed, duplicated',
      [obs(2024, 'mar', 5.78), obs(2023, 'sep', 6.0), obs(2023, 'mar', 6.11), obs(2024, 'mar', 5.8)],
      [
        [2023, 6.11],
        [2024, 5.78],
      ],
    ],
    [
      'Kaltim: March 2021 missing, September ignored',
      KALTIM,
      [
        [2015, 6.23],
        [2016, 6.11],
        [2017, 6.19],
        [2018, 6.03],
        [2019, 5.94],
        [2020, 6.1],
        [2022, 6.31],
        [2023, 6.11],
        [2024, 5.78],
        [2025, 5.17],
      ],
    ],
  ])('%s', (_name, input, expected) => {
    expect(annualSeries(input).map((o) => [o.year, o.ratePct])).toEqual(expected);
  });
});
