import { describe, expect, it } from 'vitest';
import { yearColumns, yearOfHeader } from '../../../../src/data/layout/year-columns.ts';

describe('yearOfHeader', () => {
  it.each<[string, { year: number; period: 'mar' | 'sep' | null } | null]>([
    ['2023', { year: 2023, period: null }],
    [' 2023 ', { year: 2023, period: null }],
    ['2023*', { year: 2023, period: null }],
    ['2023**', { year: 2023, period: null }],
    ['2023*)', { year: 2023, period: null }],
    ['2023 (r)', { year: 2023, period: null }],
    ['1990', { year: 1990, period: null }],
    ['2100', { year: 2100, period: null }],
    ['Maret 2023', { year: 2023, period: 'mar' }],
    ['March 2023', { year: 2023, period: 'mar' }],
    ['Mar 2023', { year: 2023, period: 'mar' }],
    ['MARET  2024*', { year: 2024, period: 'mar' }],
    ['September 2023', { year: 2023, period: 'sep' }],
    ['Sep 2023', { year: 2023, period: 'sep' }],
    ['Sept. 2023', { year: 2023, period: 'sep' }],
    ['Semester 1 2023', { year: 2023, period: 'mar' }],
    ['Semester I 2023', { year: 2023, period: 'mar' }],
    ['Semester 2 2023', { year: 2023, period: 'sep' }],
    ['Semester II 2023', { year: 2023, period: 'sep' }],
    ['1989', null],
    ['2101', null],
    ['Tahun', null],
    ['20231', null],
    ['Kode 2023', null],
    ['2023-2024', null],
    ['Juni 2023', null],
    ['', null],
  ])('%j', (header, expected) => {
    expect(yearOfHeader(header)).toEqual(expected);
  });
});

describe('yearColumns', () => {
  it('lists year columns with their index and header when there are two or more', () => {
    expect(yearColumns(['Kab', 'Maret 2023', 'September 2023', 'Catatan'])).toEqual([
      { index: 1, header: 'Maret 2023', year: 2023, period: 'mar' },
      { index: 2, header: 'September 2023', year: 2023, period: 'sep' },
    ]);
  });

  it('gives [] for a single year column (not a wide table)', () => {
    expect(yearColumns(['Kab', '2023', 'Tahun'])).toEqual([]);
  });
});
