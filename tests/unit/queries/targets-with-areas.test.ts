import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbConnection } from '../../../src/data/connection.ts';
import { targetsWithAreasSql, type TargetWithAreaRow } from '../../../src/queries/targets-with-areas.ts';
import { BUNDLED, openEngineWith } from '../helpers/engine.ts';

describe('targetsWithAreasSql: the SQL', () => {
  it('joins every poverty-rate target to its area, province first', () => {
    expect(targetsWithAreasSql()).toBe(`SELECT t.area_code, a.name AS area_name, a.short_name, a.type AS area_type,
  a.population_2025_thousands AS population_thousands,
  t.target_year, t.target_pct, t.target_low_pct, t.target_high_pct, t.kind, t.document, t.publisher, t.published, t.caveat_id, t.caveat_en, t.source
FROM targets t
JOIN areas a ON a.bps_code = t.area_code
WHERE t.indicator = 'poverty_rate'
ORDER BY a.type <> 'provinsi', t.area_code, t.target_year`);
  });

  it('quotes the indicator', () => {
    expect(targetsWithAreasSql("x' OR 1=1 --")).toContain(`WHERE t.indicator = 'x'' OR 1=1 --'`);
  });
});

describe('targetsWithAreasSql on real DuckDB with the bundled datasets', () => {
  let conn: DbConnection;
  beforeAll(async () => (conn = await openEngineWith(BUNDLED)));
  afterAll(async () => conn.close());

  it('gives the six poverty-rate targets of Kaltim, Kukar and Mahakam Ulu with names and populations', async () => {
    const rows = await conn.query<TargetWithAreaRow>(targetsWithAreasSql());
    expect(
      rows.map((r) => [
        r.area_code,
        r.short_name,
        r.population_thousands,
        r.target_year,
        r.target_pct,
        r.target_low_pct,
        r.target_high_pct,
      ]),
    ).toEqual([
      ['64', 'Kaltim', 4267.61, 2022, 6.15, null, null],
      ['64', 'Kaltim', 4267.61, 2026, 3, null, null],
      ['64', 'Kaltim', 4267.61, 2029, null, 2.3, 3.3],
      ['6403', 'Kukar', 845.62, 2024, 7.5, null, null],
      ['6403', 'Kukar', 845.62, 2025, 7, null, null],
      ['6411', 'Mahulu', 34.74, 2024, 9.83, null, null],
    ]);
    expect(rows[0]).toMatchObject({
      area_name: 'Kalimantan Timur',
      area_type: 'provinsi',
      kind: 'plan (RKPD/RPJMD 2019-2023)',
    });
    expect(typeof rows[0]!.target_year).toBe('number');
  });

  it('gives the extreme-poverty target when asked for that indicator', async () => {
    const rows = await conn.query<TargetWithAreaRow>(targetsWithAreasSql('extreme_poverty_rate'));
    expect(rows.map((r) => [r.area_code, r.target_year, r.target_pct])).toEqual([['64', 2024, 0]]);
  });
});
