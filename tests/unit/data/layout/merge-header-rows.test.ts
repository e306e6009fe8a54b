import { describe, expect, it } from 'vitest';
import { isSecondHeaderRow, mergeHeaderRows } from '../../../../src/data/layout/merge-header-rows.ts';

describe('isSecondHeaderRow', () => {
  it.each<[string, string[], string[] | undefined, boolean]>([
    [
      'years under a spanning group label',
      ['Kabupaten/Kota', 'P0 (Persen)', '', ''],
      ['', '2022', '2023', '2024'],
      true,
    ],
    ['semesters under a span', ['Kab', 'P0', '', ''], ['', 'Maret 2023', 'September 2023', 'Maret 2024'], true],
    ['no gaps in the header', ['Kab', '2022', '2023'], ['', '2022', '2023'], false],
    ['first cell filled: a data row', ['Kab', 'P0', ''], ['Paser', '2022', '2023'], false],
    ['one year only: a long table', ['Kode', 'Tahun', ''], ['', '2023', '8,5'], false],
    ['years only under filled labels', ['Kab', 'A', 'B', ''], ['', '2022', '2023', 'x'], false],
    ['nothing under the header', ['Kab', ''], undefined, false],
  ])('%s', (_, upper, lower, expected) => {
    expect(isSecondHeaderRow(upper, lower)).toBe(expected);
  });
});

describe('mergeHeaderRows', () => {
  it('takes the lower label, else the upper one carried across its span', () => {
    expect(mergeHeaderRows(['Kabupaten/Kota', 'P0', '', '', 'Catatan'], ['', '2022', '2023', '', ''])).toEqual([
      'Kabupaten/Kota',
      '2022',
      '2023',
      'P0',
      'Catatan',
    ]);
  });

  it('trims, and covers the wider of the two rows', () => {
    expect(mergeHeaderRows([' Kab '], ['', ' 2022 ', '2023'])).toEqual(['Kab', '2022', '2023']);
    expect(mergeHeaderRows(['', 'A'], ['', ''])).toEqual(['', 'A']);
  });
});
