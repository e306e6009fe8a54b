import { describe, expect, it } from 'vitest';
import { targetGoal, type TargetGoal } from '../../../src/domain/target-goal.ts';
import type { Direction, Target } from '../../../src/domain/types.ts';

const target = (fields: Partial<Target>): Target => ({ areaCode: '64', year: 2029, ...fields });

describe('targetGoal', () => {
  it.each<[string, Target, Direction, TargetGoal | null]>([
    [
      'a single value',
      target({ year: 2026, valuePct: 3 }),
      'lower-is-better',
      { year: 2026, goalPct: 3, lowPct: null, highPct: null },
    ],
    [
      'a range, falling rate: the upper bound',
      target({ lowPct: 2.3, highPct: 3.3 }),
      'lower-is-better',
      { year: 2029, goalPct: 3.3, lowPct: 2.3, highPct: 3.3 },
    ],
    [
      'a range, rising indicator: the lower bound',
      target({ lowPct: 2.3, highPct: 3.3 }),
      'higher-is-better',
      { year: 2029, goalPct: 2.3, lowPct: 2.3, highPct: 3.3 },
    ],
    [
      'only one bound given',
      target({ lowPct: 7, highPct: null }),
      'lower-is-better',
      { year: 2029, goalPct: 7, lowPct: 7, highPct: null },
    ],
    [
      'a zero target (extreme poverty)',
      target({ year: 2024, valuePct: 0 }),
      'lower-is-better',
      { year: 2024, goalPct: 0, lowPct: null, highPct: null },
    ],
    ['nothing stated', target({ valuePct: null, lowPct: null, highPct: null }), 'lower-is-better', null],
    ['not a number', target({ valuePct: Number.NaN }), 'lower-is-better', null],
  ])('%s', (_name, input, direction, expected) => {
    expect(targetGoal(input, direction)).toEqual(expected);
  });
});
