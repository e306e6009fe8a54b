import { describe, expect, it } from 'vitest';
import { stageMappedSql, stagedAsView, type StageMappedParams } from '../../../src/queries/stage-mapped.ts';
import { sharedEngine } from '../helpers/engine.ts';

const COLUMNS: StageMappedParams['columns'] = [
  { name: 'area_code', source: { kind: 'column', index: 0 } },
  { name: 'year', source: { kind: 'year-header' } },
  { name: 'rate_pct', source: { kind: 'year-values' } },
  { name: 'period', source: { kind: 'constant', value: 'mar' } },
];

const WIDE: StageMappedParams['wide'] = [
  { index: 2, header: '2024', year: 2024, period: null },
  { index: 1, header: '2023', year: 2023, period: null },
];

describe('stageMappedSql', () => {
  it('is a view over the raw table for one row per record, with no copy and no sort', () => {
    const p = { raw: 'raw', stage: 'm', columns: [COLUMNS[0]!, COLUMNS[3]!], wide: [] };
    expect(stagedAsView(p)).toBe(true);
    expect(stageMappedSql(p)).toBe(`CREATE OR REPLACE TEMP VIEW "m" AS
SELECT _row, NULL::VARCHAR AS _col, CAST(c1 AS VARCHAR) AS "area_code", 'mar' AS "period" FROM "raw"`);
  });

  it('is a table sorted by row and year column for a wide table, one row per record and year', () => {
    const p = { raw: 'raw', stage: 'm', columns: COLUMNS, wide: WIDE };
    expect(stagedAsView(p)).toBe(false);
    expect(stageMappedSql(p)).toBe(`CREATE OR REPLACE TEMP TABLE "m" AS
SELECT _row, '2024' AS _col, CAST(c1 AS VARCHAR) AS "area_code", '2024' AS "year", CAST(c3 AS VARCHAR) AS "rate_pct", 'mar' AS "period" FROM "raw"
UNION ALL
SELECT _row, '2023' AS _col, CAST(c1 AS VARCHAR) AS "area_code", '2023' AS "year", CAST(c2 AS VARCHAR) AS "rate_pct", 'mar' AS "period" FROM "raw"
ORDER BY _row, _col`);
  });
});

describe('on DuckDB', () => {
  const conn = sharedEngine();

  it('stages the same rows either way: the view in the raw order, the wide table unpivoted and sorted', async () => {
    await conn.exec(
      `CREATE TABLE raw AS SELECT * FROM (VALUES (3, 'Paser', '7,1', '7,0'), (2, 'Berau', '5,2', '5,1')) t(_row, c1, c2, c3)`,
    );
    await conn.exec(stageMappedSql({ raw: 'raw', stage: 'v', columns: [COLUMNS[0]!, COLUMNS[3]!], wide: [] }));
    expect(await conn.query('SELECT _row, area_code, period FROM v')).toEqual([
      { _row: 3, area_code: 'Paser', period: 'mar' },
      { _row: 2, area_code: 'Berau', period: 'mar' },
    ]);
    await conn.exec(stageMappedSql({ raw: 'raw', stage: 'w', columns: COLUMNS, wide: WIDE }));
    expect(await conn.query('SELECT _row, _col, area_code, "year", rate_pct FROM w')).toEqual([
      { _row: 2, _col: '2023', area_code: 'Berau', year: '2023', rate_pct: '5,2' },
      { _row: 2, _col: '2024', area_code: 'Berau', year: '2024', rate_pct: '5,1' },
      { _row: 3, _col: '2023', area_code: 'Paser', year: '2023', rate_pct: '7,1' },
      { _row: 3, _col: '2024', area_code: 'Paser', year: '2024', rate_pct: '7,0' },
    ]);
  });
});
