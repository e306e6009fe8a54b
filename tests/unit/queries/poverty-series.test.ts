import { describe, expect, it } from 'vitest';
import { povertySeriesSql, type SeriesRow } from '../../../src/queries/poverty-series.ts';
import { openEngineWith, sharedEngine } from '../helpers/engine.ts';

describe('povertySeriesSql', () => {
  it('an area, both periods', () => {
    expect(povertySeriesSql({ areaCode: '64' }))
      .toBe(`SELECT year, period, rate_pct, poor_thousands, publisher, release_title, release_date, release_url, read_in, source
FROM poverty
WHERE area_code = '64'
ORDER BY year, period`);
  });

  it('an area, March only', () => {
    expect(povertySeriesSql({ areaCode: '6403', period: 'mar' }))
      .toBe(`SELECT year, period, rate_pct, poor_thousands, publisher, release_title, release_date, release_url, read_in, source
FROM poverty
WHERE area_code = '6403' AND period = 'mar'
ORDER BY year, period`);
  });

  it('escapes the area code', () => {
    expect(povertySeriesSql({ areaCode: "6'4" })).toContain(`WHERE area_code = '6''4'`);
  });
});

/** The fixture has no citation columns: they come back as nulls. */
const UNCITED = { publisher: null, release_title: null, release_date: null, release_url: null, read_in: null };

describe('on DuckDB', () => {
  const conn = sharedEngine(() =>
    openEngineWith({ areas: 'tests/fixtures/areas.csv', poverty: 'tests/fixtures/poverty-bps.csv' }),
  );

  it('the province, March before September within a year', async () => {
    expect(await conn.query<SeriesRow>(povertySeriesSql({ areaCode: '64' }))).toEqual([
      { year: 2023, period: 'mar', rate_pct: 6.11, poor_thousands: 231.07, ...UNCITED, source: 'fixture A' },
      { year: 2024, period: 'mar', rate_pct: 5.78, poor_thousands: 221.34, ...UNCITED, source: 'fixture B' },
      { year: 2024, period: 'sep', rate_pct: 5.51, poor_thousands: 211.88, ...UNCITED, source: 'fixture C' },
      { year: 2025, period: 'mar', rate_pct: 5.17, poor_thousands: 199.71, ...UNCITED, source: 'fixture D' },
    ]);
  });

  it('the province, March only', async () => {
    const rows = await conn.query<SeriesRow>(povertySeriesSql({ areaCode: '64', period: 'mar' }));
    expect(rows.map((r) => [r.year, r.period, r.rate_pct])).toEqual([
      [2023, 'mar', 6.11],
      [2024, 'mar', 5.78],
      [2025, 'mar', 5.17],
    ]);
  });

  it('Kukar: 60,857 thousand is 60.857, and years are JS numbers', async () => {
    const rows = await conn.query<SeriesRow>(povertySeriesSql({ areaCode: '6403' }));
    expect(rows).toEqual([
      { year: 2023, period: 'mar', rate_pct: 7.61, poor_thousands: 60.857, ...UNCITED, source: 'fixture E' },
      { year: 2024, period: 'mar', rate_pct: 7.28, poor_thousands: 59, ...UNCITED, source: 'fixture F; quoted' },
    ]);
    expect(typeof rows[0]!.year).toBe('number');
  });

  it('missing counts are null', async () => {
    const rows = await conn.query<SeriesRow>(povertySeriesSql({ areaCode: '6471' }));
    expect(rows.map((r) => r.poor_thousands)).toEqual([null, null]);
  });

  it('an unknown or quote-laden area code gives no rows, not an error', async () => {
    expect(await conn.query(povertySeriesSql({ areaCode: "6'4" }))).toEqual([]);
    expect(await conn.query(povertySeriesSql({ areaCode: '9999' }))).toEqual([]);
  });
});

describe('on the bundled data', () => {
  const conn = sharedEngine(() =>
    openEngineWith({ areas: 'datasets/areas.parquet', poverty: 'datasets/poverty.parquet' }),
  );

  it('each row names its original publisher and release first, and the page it was read on second', async () => {
    const rows = await conn.query<SeriesRow>(povertySeriesSql({ areaCode: '64', period: 'mar' }));
    expect(rows.find((r) => r.year === 2024)).toMatchObject({
      publisher: 'BPS Provinsi Kalimantan Timur',
      release_title: 'Persentase Penduduk Miskin Provinsi Kalimantan Timur pada Maret 2024 turun menjadi 5,78 persen.',
      release_date: '2024-07-01',
      read_in: 'official',
    });
    expect(rows.find((r) => r.year === 2025)).toMatchObject({
      publisher: 'BPS Provinsi Kalimantan Timur',
      release_title: null,
      release_date: '2025-07-25',
      read_in: 'press',
    });
    expect(rows.every((r) => r.publisher && r.source)).toBe(true);
  });
});
