import { describe, expect, it } from 'vitest';
import { povertySeriesSql, type SeriesRow } from '../../../src/queries/poverty-series.ts';
import { openEngineWith, sharedEngine } from '../helpers/engine.ts';

describe('povertySeriesSql', () => {
  it('an area, both periods', () => {
    expect(povertySeriesSql({ areaCode: '64' })).toBe(`SELECT year, period, rate_pct, poor_thousands, source
FROM poverty
WHERE area_code = '64'
ORDER BY year, period`);
  });

  it('an area, March only', () => {
    expect(povertySeriesSql({ areaCode: '6403', period: 'mar' })).toBe(`SELECT year, period, rate_pct, poor_thousands, source
FROM poverty
WHERE area_code = '6403' AND period = 'mar'
ORDER BY year, period`);
  });

  it('escapes the area code', () => {
    expect(povertySeriesSql({ areaCode: "6'4" })).toContain(`WHERE area_code = '6''4'`);
  });
});

describe('on DuckDB', () => {
  const conn = sharedEngine(() => openEngineWith({ areas: 'tests/fixtures/areas.csv', poverty: 'tests/fixtures/poverty-bps.csv' }));

  it('the province, March before September within a year', async () => {
    expect(await conn.query<SeriesRow>(povertySeriesSql({ areaCode: '64' }))).toEqual([
      { year: 2023, period: 'mar', rate_pct: 6.11, poor_thousands: 231.07, source: 'fixture A' },
      { year: 2024, period: 'mar', rate_pct: 5.78, poor_thousands: 221.34, source: 'fixture B' },
      { year: 2024, period: 'sep', rate_pct: 5.51, poor_thousands: 211.88, source: 'fixture C' },
      { year: 2025, period: 'mar', rate_pct: 5.17, poor_thousands: 199.71, source: 'fixture D' },
    ]);
  });

  it('the province, March only', async () => {
    const rows = await conn.query<SeriesRow>(povertySeriesSql({ areaCode: '64', period: 'mar' }));
    expect(rows.map((r) => [r.year, r.period, r.rate_pct])).toEqual([[2023, 'mar', 6.11], [2024, 'mar', 5.78], [2025, 'mar', 5.17]]);
  });

  it('Kukar: 60,857 thousand is 60.857, and years are JS numbers', async () => {
    const rows = await conn.query<SeriesRow>(povertySeriesSql({ areaCode: '6403' }));
    expect(rows).toEqual([
      { year: 2023, period: 'mar', rate_pct: 7.61, poor_thousands: 60.857, source: 'fixture E' },
      { year: 2024, period: 'mar', rate_pct: 7.28, poor_thousands: 59, source: 'fixture F; quoted' },
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
