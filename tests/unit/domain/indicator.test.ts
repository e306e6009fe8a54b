import { describe, expect, it } from 'vitest';
import { improvement, isAtOrBetter, POVERTY_DIRECTION, STATUS_THRESHOLDS } from '../../../src/domain/indicator.ts';
import type { Direction } from '../../../src/domain/types.ts';

describe('indicator', () => {
  it('says lower poverty is better and holds the Open SDG thresholds', () => {
    expect(POVERTY_DIRECTION).toBe('lower-is-better');
    expect(STATUS_THRESHOLDS).toEqual({ onTrack: 0.95, accelerationNeeded: 0.6, limitedProgress: 0 });
    expect(Object.isFrozen(STATUS_THRESHOLDS)).toBe(true);
  });

  it.each<[number, number, Direction, number]>([
    [6.11, 5.17, 'lower-is-better', 0.94],
    [5.17, 5.19, 'lower-is-better', -0.02],
    [60, 70, 'higher-is-better', 10],
    [70, 60, 'higher-is-better', -10],
  ])('improvement from %d to %d (%s) is %d', (from, to, direction, expected) => {
    expect(improvement(from, to, direction)).toBeCloseTo(expected, 12);
  });

  it.each<[number, number, Direction, boolean]>([
    [6.72, 7, 'lower-is-better', true],
    [7, 7, 'lower-is-better', true],
    [0.1 + 0.2, 0.3, 'lower-is-better', true],
    [7.01, 7, 'lower-is-better', false],
    [5.17, 3, 'lower-is-better', false],
    [80, 75, 'higher-is-better', true],
    [70, 75, 'higher-is-better', false],
  ])('%d is at or better than %d (%s): %s', (value, goal, direction, expected) => {
    expect(isAtOrBetter(value, goal, direction)).toBe(expected);
  });
});
