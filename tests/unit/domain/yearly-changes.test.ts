import { describe, expect, it } from 'vitest';
import { coversYears, yearlyChanges, yearlyChangeSpread } from '../../../src/domain/yearly-changes.ts';
import { march } from './fixtures.ts';

describe('yearlyChanges', () => {
  it('takes consecutive years only: a gap is never bridged', () => {
    const changes = yearlyChanges(march([2019, 6], [2020, 6.5], [2022, 6.2], [2023, 6]));
    expect(changes.map((c) => [c.fromYear, c.toYear])).toEqual([
      [2019, 2020],
      [2022, 2023],
    ]);
    expect(changes[0]!.changePp).toBeCloseTo(0.5, 12);
    expect(changes[1]!.changePp).toBeCloseTo(-0.2, 12);
  });
});

describe('yearlyChangeSpread', () => {
  it('is the sample standard deviation of the changes', () => {
    // changes -1, 0, +1: mean 0, sample variance 1
    expect(yearlyChangeSpread(march([2020, 5], [2021, 4], [2022, 4], [2023, 5]))).toEqual({ spreadPp: 1, changes: 3 });
  });

  it('needs two changes', () => {
    expect(yearlyChangeSpread(march([2024, 5], [2025, 4]))).toBeNull();
    expect(yearlyChangeSpread(march([2020, 5], [2021, 4], [2023, 3]))).toBeNull();
  });
});

describe('coversYears', () => {
  it.each<[number, number, boolean]>([
    [2023, 2025, true],
    [2021, 2025, false],
    [2025, 2025, true],
  ])('%d..%d: %s', (from, to, expected) => {
    expect(coversYears(march([2020, 7], [2022, 6], [2023, 6], [2024, 5.5], [2025, 5]), from, to)).toBe(expected);
  });
});
