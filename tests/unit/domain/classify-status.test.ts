import { describe, expect, it } from 'vitest';
import { classifyStatus, observationForTarget, statusForRatio } from '../../../src/domain/classify-status.ts';
import { pace } from '../../../src/domain/pace.ts';
import type { TargetGoal } from '../../../src/domain/target-goal.ts';
import type { Observation, StatusClass } from '../../../src/domain/types.ts';
import { march } from './fixtures.ts';

const goal = (year: number, goalPct: number): TargetGoal => ({ year, goalPct, lowPct: null, highPct: null });

describe('statusForRatio', () => {
  it.each<[number, StatusClass]>([
    [1.47, 'on-track'],
    [0.95, 'on-track'],
    [0.9499, 'acceleration-needed'],
    [0.6, 'acceleration-needed'],
    [0.5999, 'limited-progress'],
    [0.38, 'limited-progress'],
    [0, 'limited-progress'],
    [-0.0001, 'deterioration'],
  ])('R = %d is %s', (ratio, expected) => {
    expect(statusForRatio(ratio)).toBe(expected);
  });
});

describe('classifyStatus', () => {
  it.each<[string, Observation[], TargetGoal | null, number | null, StatusClass]>([
    // name, March series, goal, ratio, expected
    ['no data', [], goal(2026, 3), null, 'insufficient-data'],
    ['no goal stated', march([2024, 5.78], [2025, 5.17]), null, 0.5, 'insufficient-data'],
    ['one point, not met', march([2025, 8]), goal(2027, 6), null, 'insufficient-data'],
    ['one point, already met', march([2025, 2.5]), goal(2026, 3), null, 'achieved'],
    ['latest at the goal', march([2024, 7.28], [2025, 7]), goal(2026, 7), 0.2, 'achieved'],
    [
      'Kukar 7.5% for 2024, 7.28 in 2024',
      march([2023, 7.61], [2024, 7.28], [2025, 6.72]),
      goal(2024, 7.5),
      null,
      'achieved',
    ],
    ['Kukar below 7% in 2025, 6.72', march([2023, 7.61], [2024, 7.28], [2025, 6.72]), goal(2025, 7), null, 'achieved'],
    [
      'Kaltim 6.15% for 2022, realised 6.31: missed though later below',
      march([2020, 6.1], [2022, 6.31], [2025, 5.17]),
      goal(2022, 6.15),
      null,
      'target-year-past',
    ],
    [
      'made-up: 8% for 2024, 8.7 in 2024',
      march([2022, 9], [2023, 8.8], [2024, 8.7]),
      goal(2024, 8),
      null,
      'target-year-past',
    ],
    ['target year before any observation', march([2024, 9], [2025, 8]), goal(2020, 5), null, 'insufficient-data'],
    ['Kaltim: R = 0.38', march([2023, 6.11], [2024, 5.78], [2025, 5.17]), goal(2026, 3), 0.38, 'limited-progress'],
    ['on track', march([2023, 10], [2025, 8.1]), goal(2027, 6.561), 1, 'on-track'],
    ['acceleration needed', march([2023, 6.11], [2025, 5.17]), goal(2029, 3.3), 0.82, 'acceleration-needed'],
    ['rising poverty', march([2023, 5], [2025, 5.6]), goal(2027, 4), -0.55, 'deterioration'],
    [
      'baseline met the goal but the rate rose past it: no ratio, still deterioration',
      march([2023, 2.9], [2025, 3.2]),
      goal(2027, 3),
      null,
      'deterioration',
    ],
  ])('%s', (_name, series, targetGoal, ratio, expected) => {
    const first = series[0];
    const last = series.at(-1);
    const observed = first && last && first !== last ? pace(first, last) : null;
    expect(classifyStatus({ series, goal: targetGoal, observed, ratio })).toBe(expected);
  });
});

describe('observationForTarget', () => {
  const series = march([2016, 7.63], [2020, 7.31], [2023, 7.61], [2025, 6.72]);
  it.each<[number, number | null]>([
    [2030, 6.72],
    [2025, 6.72],
    [2024, 7.61],
    [2020, 7.31],
    [2015, null],
  ])('for a target in %d judges %s', (year, expected) => {
    expect(observationForTarget(series, year)?.ratePct ?? null).toBe(expected);
  });
});
