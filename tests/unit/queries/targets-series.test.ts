import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbConnection } from '../../../src/data/connection.ts';
import { areasSeriesSql, type AreaSeriesRow } from '../../../src/queries/areas-series.ts';
import { BUNDLED, openEngineWith } from '../helpers/engine.ts';

describe('areasSeriesSql: the SQL', () => {
  it('lists the areas asked for', () => {
    expect(areasSeriesSql(['64', '6403']))
      .toBe(`SELECT area_code, year, period, rate_pct, poor_thousands, publisher, release_title, release_date, release_url, read_in, source
FROM poverty
WHERE area_code IN ('64', '6403')
ORDER BY area_code, year, period`);
  });

  it('asks for nothing (not invalid SQL) when given no areas', () => {
    expect(areasSeriesSql([])).toContain('WHERE FALSE');
  });

  it('quotes codes', () => {
    expect(areasSeriesSql(["6'4"])).toContain(`IN ('6''4')`);
  });
});

describe('areasSeriesSql on real DuckDB with the bundled datasets', () => {
  let conn: DbConnection;
  beforeAll(async () => (conn = await openEngineWith(BUNDLED)));
  afterAll(async () => conn.close());

  it('gives Kukar and Mahakam Ulu March by March, oldest first', async () => {
    const rows = await conn.query<AreaSeriesRow>(areasSeriesSql(['6411', '6403']));
    const pick = (code: string) =>
      rows.filter((r) => r.area_code === code && r.year >= 2022).map((r) => [r.year, r.period, r.rate_pct]);
    expect(pick('6403')).toEqual([
      [2022, 'mar', 7.96],
      [2023, 'mar', 7.61],
      [2024, 'mar', 7.28],
      [2025, 'mar', 6.72],
    ]);
    expect(pick('6411')).toEqual([
      [2022, 'mar', 11.55],
      [2023, 'mar', 11.38],
      [2024, 'mar', 10.75],
      [2025, 'mar', 10.09],
    ]);
    expect(rows.map((r) => r.area_code).indexOf('6411')).toBeGreaterThan(
      rows.map((r) => r.area_code).lastIndexOf('6403'),
    );
  });

  it('gives the province with March before September in each year', async () => {
    const rows = await conn.query<AreaSeriesRow>(areasSeriesSql(['64']));
    expect(rows.filter((r) => r.year >= 2024).map((r) => [r.year, r.period, r.rate_pct, r.poor_thousands])).toEqual([
      [2024, 'mar', 5.78, 221.34],
      [2024, 'sep', 5.51, 211.88],
      [2025, 'mar', 5.17, 199.71],
      [2025, 'sep', 5.19, 202.04],
    ]);
  });

  it('gives no rows for no areas', async () => {
    expect(await conn.query(areasSeriesSql([]))).toEqual([]);
  });
});
