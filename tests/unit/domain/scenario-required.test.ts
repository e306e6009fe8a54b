import { describe, expect, it } from 'vitest';
import {
  householdsNeeded,
  leaveShareNeeded,
  peopleForPoints,
  requiredFall,
} from '../../../src/domain/scenario-required.ts';

const KALTIM = { populationThousands: 4267.61, personsPerHousehold: 4 };

describe('requiredFall', () => {
  it.each([
    [
      'Kaltim 5.17% (2025) to 3% in 2026',
      { year: 2025, ratePct: 5.17 },
      { year: 2026, goalPct: 3 },
      { years: 1, totalPp: 2.17, ppPerYear: 2.17 },
    ],
    [
      'Kaltim 5.17% to the 3.3% edge of the 2029 range',
      { year: 2025, ratePct: 5.17 },
      { year: 2029, goalPct: 3.3 },
      { years: 4, totalPp: 1.87, ppPerYear: 0.4675 },
    ],
    [
      'already below the goal',
      { year: 2025, ratePct: 2.9 },
      { year: 2026, goalPct: 3 },
      { years: 1, totalPp: 0, ppPerYear: 0 },
    ],
  ])('%s', (_name, start, goal, expected) => {
    const fall = requiredFall(start, goal)!;
    expect(fall.years).toBe(expected.years);
    expect(fall.totalPp).toBeCloseTo(expected.totalPp, 9);
    expect(fall.ppPerYear).toBeCloseTo(expected.ppPerYear, 9);
  });

  it.each([2025, 2024])('target year %d not after the start -> null', (year) => {
    expect(requiredFall({ year: 2025, ratePct: 5.17 }, { year, goalPct: 3 })).toBeNull();
  });
});

describe('peopleForPoints', () => {
  it.each([
    [2.17, 4267.61, 92607.137],
    [1, 4267.61, 42676.1],
    [0, 4267.61, 0],
    [-1, 4267.61, 0],
  ])('%d points of %d thousand -> %d people', (pp, population, expected) => {
    expect(peopleForPoints(pp, population)).toBeCloseTo(expected, 3);
  });
});

describe('householdsNeeded', () => {
  it.each([
    ['Kaltim 3% in 2026, all 2.17 points, 50% leave', 2.17, 0.5, KALTIM, 46304],
    ['Kaltim, 2.17 points, every family leaves', 2.17, 1, KALTIM, 23152],
    ['Kaltim, the 1.70 points left after the recent 0.47 a year, 50% leave', 1.7, 0.5, KALTIM, 36275],
    ['an exact whole number is not rounded up', 1, 1, { populationThousands: 400, personsPerHousehold: 4 }, 1000],
    ['no fall needed', 0, 0.5, KALTIM, 0],
    ['nobody leaves: impossible', 2.17, 0, KALTIM, null],
    ['no household size', 2.17, 0.5, { ...KALTIM, personsPerHousehold: 0 }, null],
    ['no population', 2.17, 0.5, { ...KALTIM, populationThousands: 0 }, null],
  ])('%s -> %s', (_name, pp, share, basis, expected) => {
    expect(householdsNeeded(pp, share, basis)).toBe(expected);
  });
});

describe('leaveShareNeeded', () => {
  it.each([
    ['1,500 families cannot bring 2.17 points (share far above 1)', 2.17, 1500, KALTIM, 15.4345],
    ['23,152 families need all of them to leave', 2.17, 23152, KALTIM, 1],
    ['100,000 families: about 23%', 2.17, 100000, KALTIM, 0.2315],
    ['no households', 2.17, 0, KALTIM, null],
    ['no population', 2.17, 1500, { ...KALTIM, populationThousands: 0 }, null],
  ])('%s', (_name, pp, households, basis, expected) => {
    const share = leaveShareNeeded(pp, households, basis);
    if (expected === null) expect(share).toBeNull();
    else expect(share).toBeCloseTo(expected, 3);
  });
});
