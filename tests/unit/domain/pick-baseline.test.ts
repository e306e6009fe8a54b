import { describe, expect, it } from 'vitest';
import { pickBaseline, type BaselineOptions } from '../../../src/domain/pick-baseline.ts';
import type { Observation } from '../../../src/domain/types.ts';
import { march } from './fixtures.ts';

describe('pickBaseline', () => {
  it.each<[string, Observation[], BaselineOptions, number | null]>([
    // name, March series, options, expected baseline year
    ['two years before the latest by default', march([2022, 6.31], [2023, 6.11], [2024, 5.78], [2025, 5.17]), {}, 2023],
    [
      'configurable years back',
      march([2022, 6.31], [2023, 6.11], [2024, 5.78], [2025, 5.17]),
      { baselineYearsBack: 3 },
      2022,
    ],
    [
      'an explicit year wins',
      march([2022, 6.31], [2023, 6.11], [2024, 5.78], [2025, 5.17]),
      { baselineYear: 2024, baselineYearsBack: 3 },
      2024,
    ],
    ['across a gap, the nearest earlier year', march([2016, 8], [2020, 7.5], [2025, 7]), {}, 2020],
    ['short series: the earliest available', march([2024, 5.78], [2025, 5.17]), {}, 2024],
    ['wanted year before the series: the earliest', march([2021, 9], [2025, 8]), { baselineYear: 2010 }, 2021],
    [
      'an explicit year at the latest: the earliest before it',
      march([2024, 5.78], [2025, 5.17]),
      { baselineYear: 2025 },
      2024,
    ],
    ['one point: none', march([2025, 5.17]), {}, null],
    ['no points: none', [], {}, null],
  ])('%s', (_name, series, options, expected) => {
    expect(pickBaseline(series, options)?.year ?? null).toBe(expected);
  });
});
