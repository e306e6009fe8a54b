import { describe, expect, it } from 'vitest';
import type { DbConnection } from '../../../src/data/connection.ts';
import { areaListSql, type AreaListRow } from '../../../src/queries/area-list.ts';
import { BUNDLED, openEngineWith } from '../helpers/engine.ts';

describe('areaListSql', () => {
  it('is the exact SQL', () => {
    expect(areaListSql())
      .toBe(`SELECT bps_code AS area_code, name, type, population_2025_thousands AS population_thousands
FROM areas
ORDER BY type <> 'provinsi', bps_code`);
  });

  it('lists the province then the ten districts on real DuckDB', async () => {
    const conn: DbConnection = await openEngineWith({ areas: BUNDLED.areas! });
    try {
      const rows = await conn.query<AreaListRow>(areaListSql());
      expect(rows.map((r) => r.area_code)).toEqual([
        '64',
        '6401',
        '6402',
        '6403',
        '6404',
        '6405',
        '6409',
        '6411',
        '6471',
        '6472',
        '6474',
      ]);
      expect(rows[0]).toEqual({
        area_code: '64',
        name: 'Kalimantan Timur',
        type: 'provinsi',
        population_thousands: 4267.61,
      });
    } finally {
      await conn.close();
    }
  });
});
