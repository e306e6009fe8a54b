import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbConnection } from '../../../src/data/connection.ts';
import { districtChangeSql, districtYearsSql, type DistrictChangeRow } from '../../../src/queries/district-change.ts';
import { BUNDLED, openEngineWith, sharedEngine } from '../helpers/engine.ts';

describe('SQL', () => {
  it('districtChangeSql for base 2020', () => {
    expect(districtChangeSql({ baseYear: 2020 })).toBe(`WITH march AS (
  SELECT area_code, year, rate_pct, source FROM poverty WHERE period = 'mar'
), latest AS (
  SELECT area_code, max(year) AS latest_year, arg_max(rate_pct, year) AS latest_rate, arg_max(source, year) AS latest_source
  FROM march GROUP BY area_code
), base AS (
  SELECT area_code, rate_pct AS base_rate, source AS base_source FROM march WHERE year = 2020
)
SELECT a.bps_code AS area_code, a.name, a.short_name, a.type, l.latest_year, l.latest_rate, l.latest_source,
  b.base_rate, b.base_source, round(l.latest_rate - b.base_rate, 2) AS change_pp
FROM areas a
JOIN latest l ON l.area_code = a.bps_code
LEFT JOIN base b ON b.area_code = a.bps_code
ORDER BY l.latest_rate DESC, a.bps_code`);
  });

  it.each([NaN, Infinity])('rejects a base year of %d', (baseYear) => {
    expect(() => districtChangeSql({ baseYear })).toThrow('Not a finite number');
  });

  it('districtYearsSql', () => {
    expect(districtYearsSql())
      .toBe(`SELECT p.year, count(*)::INTEGER AS districts FROM poverty p JOIN areas a ON a.bps_code = p.area_code
WHERE p.period = 'mar' AND a.type <> 'provinsi' GROUP BY p.year ORDER BY p.year`);
  });
});

describe('on the fixtures', () => {
  const conn = sharedEngine(() =>
    openEngineWith({ areas: 'tests/fixtures/areas.csv', poverty: 'tests/fixtures/poverty-bps.csv' }),
  );

  it('base 2023: latest March, its change, highest first', async () => {
    const rows = await conn.query<DistrictChangeRow>(districtChangeSql({ baseYear: 2023 }));
    expect(rows).toEqual([
      {
        area_code: '6403',
        name: 'Kutai Kartanegara',
        short_name: 'Kukar',
        type: 'kabupaten',
        latest_year: 2024,
        latest_rate: 7.28,
        latest_source: 'fixture F; quoted',
        base_rate: 7.61,
        base_source: 'fixture E',
        change_pp: -0.33,
      },
      {
        area_code: '64',
        name: 'Kalimantan Timur',
        short_name: 'Kaltim',
        type: 'provinsi',
        latest_year: 2025,
        latest_rate: 5.17,
        latest_source: 'fixture D',
        base_rate: 6.11,
        base_source: 'fixture A',
        change_pp: -0.94,
      },
      {
        area_code: '6471',
        name: 'Balikpapan',
        short_name: 'Balikpapan',
        type: 'kota',
        latest_year: 2025,
        latest_rate: 1.97,
        latest_source: 'fixture H',
        base_rate: 2.44,
        base_source: 'fixture G',
        change_pp: -0.47,
      },
    ]);
  });

  it('September never counts as the latest figure', async () => {
    const [province] = (await conn.query<DistrictChangeRow>(districtChangeSql({ baseYear: 2024 }))).filter(
      (r) => r.area_code === '64',
    );
    expect(province).toMatchObject({ latest_year: 2025, latest_rate: 5.17, base_rate: 5.78, change_pp: -0.61 });
  });

  it('an area without the base year keeps its row with null change', async () => {
    const rows = await conn.query<DistrictChangeRow>(districtChangeSql({ baseYear: 2024 }));
    expect(rows.find((r) => r.area_code === '6471')).toMatchObject({
      latest_rate: 1.97,
      base_rate: null,
      base_source: null,
      change_pp: null,
    });
  });

  it('years with district rates, the province left out', async () => {
    expect(await conn.query(districtYearsSql())).toEqual([
      { year: 2023, districts: 2 },
      { year: 2024, districts: 1 },
      { year: 2025, districts: 1 },
    ]);
  });
});

describe('on the bundled data', () => {
  let conn: DbConnection;
  let rows: DistrictChangeRow[];
  beforeAll(async () => {
    conn = await openEngineWith(BUNDLED);
    rows = await conn.query<DistrictChangeRow>(districtChangeSql({ baseYear: 2020 }));
  });
  afterAll(async () => {
    await conn.close();
  });

  it('has the province and the ten districts', () => {
    expect(rows).toHaveLength(11);
    expect(rows.filter((r) => r.type !== 'provinsi')).toHaveLength(10);
  });

  it('Kukar: latest 6.72 in 2025, change since 2020 of 6.72 - 7.31 = -0.59', () => {
    expect(rows.find((r) => r.short_name === 'Kukar')).toMatchObject({
      area_code: '6403',
      type: 'kabupaten',
      latest_year: 2025,
      latest_rate: 6.72,
      base_rate: 7.31,
      change_pp: -0.59,
    });
  });

  it("the province is type 'provinsi', latest March 5.17 in 2025", () => {
    expect(rows.find((r) => r.area_code === '64')).toMatchObject({
      type: 'provinsi',
      name: 'Kalimantan Timur',
      latest_year: 2025,
      latest_rate: 5.17,
    });
  });

  it('sorted highest first: Mahakam Ulu 10.09 leads', () => {
    expect(rows[0]).toMatchObject({ name: 'Mahakam Ulu', latest_rate: 10.09 });
    const rates = rows.map((r) => r.latest_rate);
    expect(rates).toEqual([...rates].sort((a, b) => b - a));
  });

  it('numbers are JS numbers', () => {
    expect(typeof rows[0]!.latest_year).toBe('number');
    expect(typeof rows[0]!.latest_rate).toBe('number');
  });

  it('districtYearsSql: 10 districts for 2020, counts as numbers', async () => {
    const years = await conn.query<{ year: number; districts: number }>(districtYearsSql());
    expect(years.find((y) => y.year === 2020)).toEqual({ year: 2020, districts: 10 });
    expect(years.every((y) => typeof y.districts === 'number' && y.districts >= 1 && y.districts <= 10)).toBe(true);
  });
});
