import { describe, expect, it } from 'vitest';
import { groupCitations, type CitedRow } from '../../../src/domain/citations.ts';

const row = (year: number, period: 'mar' | 'sep', fields: Partial<CitedRow>): CitedRow => ({
  year,
  period,
  publisher: 'BPS Provinsi Kalimantan Timur',
  release_title: null,
  release_date: null,
  release_url: null,
  read_in: 'press',
  source: `https://press.example/${year}-${period}`,
  ...fields,
});

describe('groupCitations', () => {
  it('groups by publisher, one release per round, in time order, with the span and the press-only count', () => {
    const groups = groupCitations([
      row(2025, 'mar', { release_date: '2025-07-25' }),
      row(2015, 'mar', {}),
      row(2024, 'mar', {
        release_title: 'Persentase Penduduk Miskin … Maret 2024 turun menjadi 5,78 persen.',
        read_in: 'official',
        source: 'https://kaltim.bps.go.id/x',
      }),
      row(2025, 'sep', { publisher: 'Badan Pusat Statistik' }),
    ]);
    expect(groups.map((g) => [g.publisher, g.releases.length, g.first, g.last, g.pressOnly])).toEqual([
      ['BPS Provinsi Kalimantan Timur', 3, { year: 2015, period: 'mar' }, { year: 2025, period: 'mar' }, 2],
      ['Badan Pusat Statistik', 1, { year: 2025, period: 'sep' }, { year: 2025, period: 'sep' }, 1],
    ]);
    expect(groups[0]!.releases.map((r) => r.first.year)).toEqual([2015, 2024, 2025]);
    expect(groups[0]!.releases[2]!.date).toBe('2025-07-25');
  });

  it('rows of one titled release (ten districts in one publication) make one release with every page they were read on', () => {
    const title = 'Data dan Informasi Kemiskinan Kabupaten/Kota Tahun 2024';
    const groups = groupCitations([
      row(2024, 'mar', {
        publisher: 'Badan Pusat Statistik',
        release_title: title,
        source: 'https://a.example | https://b.example',
      }),
      row(2024, 'mar', {
        publisher: 'Badan Pusat Statistik',
        release_title: title,
        source: 'https://a.example',
        read_in: 'official',
      }),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.releases).toHaveLength(1);
    expect(groups[0]!.releases[0]).toMatchObject({
      title,
      readAt: ['https://a.example', 'https://b.example'],
      pressOnly: false,
    });
    expect(groups[0]!.pressOnly).toBe(0);
  });

  it("a row with no publisher (a user's file) goes under its source; a row with neither is left out", () => {
    const groups = groupCitations([
      row(2025, 'mar', { publisher: null, source: 'Data pengguna: kemiskinan.csv' }),
      row(2024, 'mar', { publisher: null, source: null }),
    ]);
    expect(groups.map((g) => g.publisher)).toEqual(['Data pengguna: kemiskinan.csv']);
  });
});
