import { describe, expect, it } from 'vitest';
import { peopleToPoints, programmePeople, programmePoints } from '../../../src/domain/programme-effect.ts';

// Kaltim's 2025 population projection, thousands (datasets/areas.csv).
const KALTIM_POP = 4267.61;

describe('programmePeople', () => {
  it.each([
    ['Rp5 juta grants, 1,000 families of 4, half leave poverty', 1000, 4, 0.5, 2000],
    ['1,500 families of 4, half leave poverty', 1500, 4, 0.5, 3000],
    ['1,500 families of 4, all leave poverty', 1500, 4, 1, 6000],
    ['nobody leaves', 1500, 4, 0, 0],
    ['a share above 1 counts as 1', 100, 4, 1.5, 400],
    ['negative households count as none', -10, 4, 0.5, 0],
  ])('%s -> %d people', (_name, households, persons, share, expected) => {
    expect(programmePeople({ households, personsPerHousehold: persons, leaveShare: share })).toBe(expected);
  });
});

describe('programmePoints and peopleToPoints', () => {
  it.each([
    [
      '1,500 families x 4 x 50% in Kaltim: about 0.07 points',
      { households: 1500, personsPerHousehold: 4, leaveShare: 0.5 },
      KALTIM_POP,
      0.0703,
    ],
    [
      '1,000 families x 4 x 50% in Kaltim: about 0.047 points',
      { households: 1000, personsPerHousehold: 4, leaveShare: 0.5 },
      KALTIM_POP,
      0.0469,
    ],
    [
      'the same people in Kukar (845.62 thousand) weigh five times more',
      { households: 1000, personsPerHousehold: 4, leaveShare: 0.5 },
      845.62,
      0.2365,
    ],
  ])('%s', (_name, reach, population, expected) => {
    expect(programmePoints(reach, population)).toBeCloseTo(expected, 4);
  });

  it.each([0, -1, Number.NaN])('no population (%s) -> null', (population) => {
    expect(peopleToPoints(1000, population)).toBeNull();
  });

  it('one point of Kaltim is about 42,676 people', () => {
    expect(peopleToPoints(42676.1, KALTIM_POP)).toBeCloseTo(1, 9);
  });
});
