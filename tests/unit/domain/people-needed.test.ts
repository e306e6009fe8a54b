import { describe, expect, it } from 'vitest';
import { peopleNeeded, populationBase, type PeopleNeededInput } from '../../../src/domain/people-needed.ts';

describe('peopleNeeded', () => {
  it.each<[string, PeopleNeededInput, number | null, number | null, number | null]>([
    // name, input, population, total, per year (thousands)
    [
      'Kaltim to 3% in 2026, population implied by 199.71k poor at 5.17%',
      { ratePct: 5.17, goalPct: 3, yearsLeft: 1, poorThousands: 199.71 },
      3862.862669,
      83.82412,
      83.82412,
    ],
    [
      'Kaltim with the 2025 projection of 4,267.61k people',
      { ratePct: 5.17, goalPct: 3, yearsLeft: 1, poorThousands: 199.71, populationThousands: 4267.61 },
      4267.61,
      92.607137,
      92.607137,
    ],
    [
      'Kaltim to 3.3% by 2029 (range upper bound)',
      { ratePct: 5.17, goalPct: 3.3, yearsLeft: 4, poorThousands: 199.71 },
      3862.862669,
      72.235532,
      18.058883,
    ],
    [
      'already below the goal: nobody needed',
      { ratePct: 2.5, goalPct: 3, yearsLeft: 2, populationThousands: 1000 },
      1000,
      0,
      0,
    ],
    ['no population and no count', { ratePct: 6.72, goalPct: 6, yearsLeft: 2 }, null, null, null],
    ['target year reached', { ratePct: 5.17, goalPct: 3, yearsLeft: 0, poorThousands: 199.71 }, null, null, null],
  ])('%s', (_name, input, population, total, perYear) => {
    const result = peopleNeeded(input);
    expectClose(result?.populationThousands ?? null, population);
    expectClose(result?.totalThousands ?? null, total);
    expectClose(result?.perYearThousands ?? null, perYear);
  });

  it('counts now and at the goal from the same population', () => {
    const result = peopleNeeded({ ratePct: 5.17, goalPct: 3, yearsLeft: 1, poorThousands: 199.71 });
    expect(result?.poorNowThousands).toBeCloseTo(199.71, 9);
    expect(result?.poorAtGoalThousands).toBeCloseTo(115.88588, 5);
  });

  it.each<[PeopleNeededInput, number | null]>([
    [{ ratePct: 5, goalPct: 3, yearsLeft: 1, populationThousands: 0, poorThousands: 50 }, 1000],
    [{ ratePct: 0, goalPct: 3, yearsLeft: 1, poorThousands: 50 }, null],
    [{ ratePct: 5, goalPct: 3, yearsLeft: 1, poorThousands: null, populationThousands: null }, null],
  ])('populationBase(%o) is %s', (input, expected) => {
    expectClose(populationBase(input), expected);
  });
});

function expectClose(actual: number | null, expected: number | null): void {
  if (expected === null) expect(actual).toBeNull();
  else expect(actual).toBeCloseTo(expected, 5);
}
