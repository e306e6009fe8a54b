import { describe, expect, it } from 'vitest';
import { describeIssueIn, type IssueLike } from '../../../src/i18n/describe-issue.ts';

const cell: IssueLike = {
  file: 'poverty-broken.csv',
  row: 3,
  column: 'rate_pct',
  value: 'lima',
  reason: 'not-a-number',
  expected: 'number',
};

describe('describeIssueIn', () => {
  it('names file, row and column, in Indonesian', () => {
    expect(describeIssueIn('id', cell)).toBe('poverty-broken.csv, baris 3, kolom rate_pct: "lima" bukan angka');
  });

  it('names file, row and column, in English', () => {
    expect(describeIssueIn('en', cell)).toBe('poverty-broken.csv, row 3, column rate_pct: "lima" is not a number');
  });

  it.each<[IssueLike, string, string]>([
    [
      { file: 'p.csv', row: 5, column: 'rate_pct', value: '105', reason: 'out-of-range', expected: '0..100' },
      'p.csv, baris 5, kolom rate_pct: 105 di luar rentang 0..100',
      'p.csv, row 5, column rate_pct: 105 is outside the range 0..100',
    ],
    [
      {
        file: 'p.csv',
        row: 6,
        column: 'area_code, year, period',
        value: '64 / 2023 / mar',
        reason: 'duplicate',
        expected: 'unique; first at row 2',
      },
      'p.csv, baris 6, kolom area_code, year, period: kunci 64 / 2023 / mar ganda (unique; first at row 2)',
      'p.csv, row 6, column area_code, year, period: key 64 / 2023 / mar is repeated (unique; first at row 2)',
    ],
    [
      { file: 'p.csv', row: 8, column: 'year', value: null, reason: 'missing', expected: 'integer' },
      'p.csv, baris 8, kolom year: nilai wajib kosong (diharapkan integer)',
      'p.csv, row 8, column year: required value is empty (expected integer)',
    ],
    [
      { file: 'm.csv', row: 1, column: 'rate_pct', value: null, reason: 'missing-column', expected: 'area_code, year' },
      'm.csv, baris 1, kolom rate_pct: kolom rate_pct tidak ada (kolom di berkas: area_code, year)',
      'm.csv, row 1, column rate_pct: column rate_pct is missing (columns in the file: area_code, year)',
    ],
    [
      { file: 'e.csv', row: 0, column: null, value: null, reason: 'empty', expected: 'at least one data row' },
      'e.csv: berkas tidak berisi baris data',
      'e.csv: the file has no data rows',
    ],
    [
      {
        file: 'x.parquet',
        row: 0,
        column: null,
        value: null,
        reason: 'not-parquet',
        expected: null,
        detail: 'Parquet error: Invalid Parquet file. Corrupt footer',
      },
      'x.parquet: bukan berkas Parquet yang utuh (rusak, terpotong, atau berformat lain)',
      'x.parquet: not a complete Parquet file (damaged, cut short, or another format)',
    ],
    [
      {
        file: 't.csv',
        row: 4,
        column: null,
        value: null,
        reason: 'field-count',
        expected: '9',
        detail: 'at most 9 fields on a line',
      },
      't.csv, baris 4: jumlah kolom di baris ini tidak sama dengan judul kolom (9 kolom)',
      "t.csv, row 4: the line does not have the header's 9 fields",
    ],
    [
      { file: 'n.csv', row: 3, column: 'Tahun', value: '20[NUL]24', reason: 'nul-byte', expected: null },
      'n.csv, baris 3, kolom Tahun: sel "20[NUL]24" berisi karakter NUL (bita 0x00) yang tidak ada di berkas teks: berkas rusak atau disimpan dalam format lain',
      'n.csv, row 3, column Tahun: the cell "20[NUL]24" holds a NUL character (byte 0x00), which text files do not have: the file is damaged or saved in another format',
    ],
    [
      { file: 'w.csv', row: 2, column: 'Miskin', value: '5.400', reason: 'implausible-count', expected: '845.62' },
      'w.csv, baris 2, kolom Miskin: 5.400 ribu penduduk miskin melebihi seluruh penduduk wilayah ini (845,62 ribu jiwa, proyeksi BPS 2025)',
      "w.csv, row 2, column Miskin: 5.400 thousand poor people is more than the area's whole population (845.62 thousand, BPS 2025 projection)",
    ],
    [
      {
        file: 'w.csv',
        row: 3,
        column: 'Garis',
        value: '8.120.000',
        reason: 'implausible-line',
        expected: '236855–1795518',
      },
      'w.csv, baris 3, kolom Garis: garis kemiskinan 8.120.000 jauh dari garis yang sedang dipakai (wajar: 236.855–1.795.518 rupiah per kapita per bulan)',
      'w.csv, row 3, column Garis: a poverty line of 8.120.000 is far from the lines in use (plausible: 236,855–1,795,518 rupiah per person per month)',
    ],
    [
      { file: 'x.csv', row: 0, column: null, value: null, reason: 'unreadable', expected: null, detail: 'boom' },
      'x.csv: berkas tidak dapat dibaca',
      'x.csv: the file cannot be read',
    ],
  ])('%j', (issue, id, en) => {
    expect(describeIssueIn('id', issue)).toBe(id);
    expect(describeIssueIn('en', issue)).toBe(en);
  });
});
