import { describe, expect, it } from 'vitest';
import { implausibleValuesSql } from '../../../src/queries/plausibility.ts';
import { BUNDLED, openEngineWith, sharedEngine } from '../helpers/engine.ts';

describe('implausibleValuesSql', () => {
  const conn = sharedEngine(() => openEngineWith(BUNDLED));

  it('asks nothing of a file that fills none of the checked columns', () => {
    expect(implausibleValuesSql({ stage: 's', present: ['area_code', 'rate_pct'], decimal: ',' })).toBeNull();
  });

  it('on real DuckDB: a count above the population and a line far off, not the rows left out or the plausible', async () => {
    await conn.exec(`CREATE OR REPLACE TABLE _plaus AS SELECT * FROM (VALUES
      (2, '6403', '900,5', '700.000'), (3, '6401', '20,1', '9.000.000'), (4, '6401', '20,1', '700.000'),
      (5, '6472', '999', '1')) AS t(_row, area_code, poor_thousands, poverty_line_rp)`);
    await conn.exec(`CREATE OR REPLACE TABLE _left_out AS SELECT 5 AS _row`);
    const sql = implausibleValuesSql({
      stage: '_plaus',
      present: ['area_code', 'poor_thousands', 'poverty_line_rp'],
      decimal: ',',
      labels: { poor_thousands: { header: 'Jumlah Miskin' } },
      rejected: '_left_out',
    })!;
    expect(sql).toContain('JOIN areas AS a ON a.bps_code = trim(CAST(s.area_code AS VARCHAR))');
    const rows = await conn.query<{ _row: number; column: string; reason: string }>(sql);
    expect(rows.map((r) => [r._row, r.column, r.reason])).toEqual([
      [2, 'Jumlah Miskin', 'implausible-count'],
      [3, 'poverty_line_rp', 'implausible-line'],
    ]);
    await conn.exec('DROP TABLE _plaus; DROP TABLE _left_out');
  });
});
