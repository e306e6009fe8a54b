import { describe, expect, it } from 'vitest';
import { proposePeriod, type PeriodContext } from '../../../../src/data/mapping/propose-period.ts';

const EMPTY: PeriodContext = { titleLines: [], headers: [], notes: [], fileName: 'tabel.csv' };

describe('proposePeriod', () => {
  it.each<[string, Partial<PeriodContext>, unknown]>([
    [
      'a title row',
      { titleLines: ['Persentase Penduduk Miskin Maret 2024 Menurut Kabupaten/Kota'] },
      { value: 'mar', from: 'title', text: 'Persentase Penduduk Miskin Maret 2024 Menurut Kabupaten/Kota' },
    ],
    [
      'a header',
      { headers: ['Wilayah', 'Persentase (September)'] },
      { value: 'sep', from: 'header', text: 'Persentase (September)' },
    ],
    [
      'a note under the table (Susenas Maret)',
      { notes: ['Sumber: BPS, Susenas Maret 2024 ', 'Catatan: angka sementara'] },
      { value: 'mar', from: 'note', text: 'Sumber: BPS, Susenas Maret 2024' },
    ],
    [
      'the file name',
      { fileName: 'kemiskinan-maret-2024.csv' },
      { value: 'mar', from: 'file-name', text: 'kemiskinan-maret-2024.csv' },
    ],
    [
      'English',
      { titleLines: ['Poverty rate, March 2024'] },
      { value: 'mar', from: 'title', text: 'Poverty rate, March 2024' },
    ],
    ['semester II', { notes: ['Data Semester II'] }, { value: 'sep', from: 'note', text: 'Data Semester II' }],
  ])('reads the round from %s, and says where', (_name, context, expected) => {
    expect(proposePeriod({ ...EMPTY, ...context }, false)).toEqual(expected);
  });

  it('takes the first place that names a round: the title before a note', () => {
    const context = { ...EMPTY, titleLines: ['Tabel September 2024'], notes: ['Sumber: Susenas Maret'] };
    expect(proposePeriod(context, true)).toMatchObject({ value: 'sep', from: 'title' });
  });

  it.each<[string, Partial<PeriodContext>]>([
    ['one line naming both', { titleLines: ['Jumlah Penduduk Miskin, Maret dan September'] }],
    ['two notes naming one each', { notes: ['Maret: Susenas Maret', 'September: Susenas September'] }],
  ])('proposes nothing when a place names both rounds (%s), even for district figures', (_name, context) => {
    expect(proposePeriod({ ...EMPTY, ...context }, true)).toBeNull();
  });

  it('proposes March for district figures when the file names no round, and says it is a default', () => {
    expect(proposePeriod(EMPTY, true)).toEqual({ value: 'mar', from: 'district-default', text: '' });
    expect(proposePeriod(EMPTY, false)).toBeNull();
  });

  it('does not read a round from words that only contain one ("Bulan", "Maretta")', () => {
    const context = { ...EMPTY, headers: ['Garis Kemiskinan (Rupiah/Kapita/Bulan)'], titleLines: ['Maretta Sari'] };
    expect(proposePeriod(context, false)).toBeNull();
  });
});
