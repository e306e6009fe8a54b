import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbConnection } from '../../../src/data/connection.ts';
import { areaTargetsSql, type TargetRow } from '../../../src/queries/area-targets.ts';
import { povertySeriesSql, type SeriesRow } from '../../../src/queries/poverty-series.ts';
import { pageFigures } from '../../../src/views/district/page-figures.ts';
import { pageHeadline } from '../../../src/views/district/page-headline.ts';
import { BUNDLED, openEngineWith } from '../helpers/engine.ts';

let conn: DbConnection;
let rows: SeriesRow[];
let targets: TargetRow[];

beforeAll(async () => {
  conn = await openEngineWith(BUNDLED);
  rows = await conn.query<SeriesRow>(povertySeriesSql({ areaCode: '6403', period: 'mar' }));
  targets = await conn.query<TargetRow>(areaTargetsSql('6403'));
});
afterAll(async () => {
  await conn.close();
});

const march = (year: number, rate: number, poor: number | null = null): SeriesRow => ({
  year,
  period: 'mar',
  rate_pct: rate,
  poor_thousands: poor,
  publisher: null,
  release_title: null,
  release_date: null,
  release_url: null,
  read_in: null,
  source: 'test',
});
const both = (series: SeriesRow[]) =>
  (['id', 'en'] as const).map((lang) => pageHeadline(pageFigures(series, []), 'Kukar', lang));

describe('pageHeadline on the bundled Kukar series', () => {
  it('the latest two March years, 2024 -> 2025: a fall of 0.56 points (no 2025 count, so no people)', () => {
    const f = pageFigures(rows, targets);
    expect(pageHeadline(f, 'Kukar', 'id')).toBe(
      'Kemiskinan Kukar turun 0,56 poin, dari 7,28% (2024) menjadi 6,72% (2025)',
    );
    expect(pageHeadline(f, 'Kukar', 'en')).toBe('Poverty in Kukar fell 0.56 points, from 7.28% (2024) to 6.72% (2025)');
  });

  it('up to 2024: the 0.33-point fall with the 1,857 fewer poor people of the same two years', () => {
    expect(both(rows.filter((r) => r.year <= 2024))).toEqual([
      'Kemiskinan Kukar turun 0,33 poin, dari 7,61% (2023) menjadi 7,28% (2024); penduduk miskin berkurang 1.857 orang',
      'Poverty in Kukar fell 0.33 points, from 7.61% (2023) to 7.28% (2024), with 1,857 fewer people in poverty',
    ]);
  });
});

describe('pageHeadline on fixture series', () => {
  it('a rise, with more poor people', () => {
    expect(both([march(2020, 7.31, 58.42), march(2021, 7.99, 62.36)])).toEqual([
      'Kemiskinan Kukar naik 0,68 poin, dari 7,31% (2020) menjadi 7,99% (2021); penduduk miskin bertambah 3.940 orang',
      'Poverty in Kukar rose 0.68 points, from 7.31% (2020) to 7.99% (2021), with 3,940 more people in poverty',
    ]);
  });

  it('unchanged: "tetap", with an unchanged count', () => {
    expect(both([march(2023, 7.28, 59), march(2024, 7.28, 59)])).toEqual([
      'Kemiskinan Kukar tetap 7,28% dari 2023 ke 2024; jumlah penduduk miskin tetap 59.000 orang',
      'Poverty in Kukar stayed at 7.28% from 2023 to 2024, with the number of poor people unchanged at 59,000',
    ]);
  });

  it('a gap between the two latest years is named by the years themselves', () => {
    expect(both([march(2012, 6.95), march(2016, 7.63, 55.82)])).toEqual([
      'Kemiskinan Kukar naik 0,68 poin, dari 6,95% (2012) menjadi 7,63% (2016)',
      'Poverty in Kukar rose 0.68 points, from 6.95% (2012) to 7.63% (2016)',
    ]);
  });

  it('one March figure, and none', () => {
    expect(both([march(2025, 6.72)])).toEqual(['Kemiskinan Kukar 6,72% (2025)', 'Poverty in Kukar was 6.72% in 2025']);
    expect(both([])).toEqual(['Belum ada angka Maret kemiskinan Kukar', 'No March poverty figure for Kukar yet']);
    expect(pageHeadline(null, 'Kukar', 'en')).toBe('No March poverty figure for Kukar yet');
  });
});
