import { describe, expect, it } from 'vitest';
import { splitAtGaps } from '../../../src/domain/split-at-gaps.ts';
import type { Period } from '../../../src/domain/types.ts';

const at = (year: number, period: Period = 'mar') => ({ year, period });

describe('splitAtGaps', () => {
  it('March-only series: a missing year starts a new run', () => {
    const runs = splitAtGaps([at(2016), at(2020), at(2021), at(2022), at(2024), at(2025)], 'year');
    expect(runs.map((r) => r.map((p) => p.year))).toEqual([[2016], [2020, 2021, 2022], [2024, 2025]]);
  });

  it('March and September: the national series breaks at the unpublished September 2023', () => {
    const runs = splitAtGaps(
      [at(2022, 'mar'), at(2022, 'sep'), at(2023, 'mar'), at(2024, 'mar'), at(2024, 'sep')],
      'half-year',
    );
    expect(runs.map((r) => r.length)).toEqual([3, 2]);
  });

  it('nothing in, nothing out; one point is one run', () => {
    expect(splitAtGaps([], 'year')).toEqual([]);
    expect(splitAtGaps([at(2025)], 'year')).toEqual([[at(2025)]]);
  });
});
