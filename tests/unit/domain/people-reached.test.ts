import { describe, expect, it } from 'vitest';
import { peopleReached, type BeneficiaryUnit } from '../../../src/domain/people-reached.ts';

describe('peopleReached', () => {
  it.each<[number, BeneficiaryUnit, number, number | null]>([
    // beneficiaries, unit, household size, people
    [1000, 'household', 4, 4000],
    [1000, 'household', 3.5, 3500],
    [1000, 'person', 4, 1000],
    [275, 'student', 4, 275],
    [0, 'household', 4, 0],
    [1000, 'household', 0, null],
    [1000, 'household', -3, null],
    [1000, 'household', Number.NaN, null],
    // The size only matters for households.
    [1000, 'person', Number.NaN, 1000],
    [-5, 'person', 4, null],
    [Number.POSITIVE_INFINITY, 'person', 4, null],
  ])('%d %s x %d = %s', (beneficiaries, unit, householdSize, expected) => {
    expect(peopleReached(beneficiaries, unit, householdSize)).toBe(expected);
  });
});
