import { describe, expect, it } from 'vitest';
import { decodeParquetNode } from '../../../src/data/parquet-decoder-node.ts';
import {
  dropTableSql,
  stageTableSql,
  stageTypedTableSql,
  tableColumnTypesSql,
  tableColumnsSql,
} from '../../../src/queries/stage-table.ts';
import { readBytes, sharedEngine } from '../helpers/engine.ts';

describe('SQL', () => {
  it('stageTableSql casts every column to text and numbers rows from 1', () => {
    expect(stageTableSql('_stage_areas', '_stage_areas_raw')).toBe(`CREATE OR REPLACE TEMP TABLE "_stage_areas" AS
SELECT row_number() OVER ()::INTEGER AS _row, CAST(COLUMNS(*) AS VARCHAR)
FROM "_stage_areas_raw"`);
  });

  it('tableColumnsSql', () => {
    expect(tableColumnsSql('_stage_poverty')).toBe(`SELECT column_name AS name FROM (DESCRIBE "_stage_poverty")`);
  });

  it('dropTableSql', () => {
    expect(dropTableSql('_stage_poverty')).toBe(`DROP TABLE IF EXISTS "_stage_poverty"`);
  });
});

describe('on DuckDB', () => {
  const conn = sharedEngine();

  it('stages a typed table as text', async () => {
    await conn.exec(
      `CREATE TABLE raw AS SELECT * FROM (VALUES ('64', 2023::INTEGER, 6.11::DOUBLE, NULL::DOUBLE), ('6403', 2024::INTEGER, 59.0::DOUBLE, 0.65::DOUBLE)) t(code, year, rate, p1)`,
    );
    await conn.exec(stageTableSql('staged', 'raw'));
    expect(await conn.query('SELECT * FROM staged ORDER BY _row')).toEqual([
      { _row: 1, code: '64', year: '2023', rate: '6.11', p1: null },
      { _row: 2, code: '6403', year: '2024', rate: '59.0', p1: '0.65' },
    ]);
    expect(await conn.query(tableColumnsSql('staged'))).toEqual([
      { name: '_row' },
      { name: 'code' },
      { name: 'year' },
      { name: 'rate' },
      { name: 'p1' },
    ]);
  });

  it('stages the bundled areas Parquet (decoded to Arrow) with its 11 records', async () => {
    await conn.insertArrowIPC('areas_raw', await decodeParquetNode(readBytes('datasets/areas.parquet')));
    await conn.exec(stageTableSql('areas_staged', 'areas_raw'));
    const rows = await conn.query(
      'SELECT _row, bps_code, short_name, type, population_2025_thousands, approx_lat FROM areas_staged ORDER BY _row',
    );
    expect(rows).toHaveLength(11);
    expect(rows[0]).toEqual({
      _row: 1,
      bps_code: '64',
      short_name: 'Kaltim',
      type: 'provinsi',
      population_2025_thousands: '4267.61',
      approx_lat: null,
    });
    expect(rows[3]).toEqual({
      _row: 4,
      bps_code: '6403',
      short_name: 'Kukar',
      type: 'kabupaten',
      population_2025_thousands: '845.62',
      approx_lat: '-0.4',
    });
  });

  it('drops a table, and dropping it again is not an error', async () => {
    await conn.exec('CREATE TABLE gone (x INTEGER)');
    await conn.exec(dropTableSql('gone'));
    await conn.exec(dropTableSql('gone'));
    expect(await conn.query(`SELECT table_name FROM duckdb_tables() WHERE table_name = 'gone'`)).toEqual([]);
  });
});

describe('stageTypedTableSql', () => {
  it('keeps the typed columns and turns the rest into text, numbered by row', () => {
    expect(stageTypedTableSql('s', 'r', ['code', 'year'], ['year'])).toBe(`CREATE OR REPLACE TEMP TABLE "s" AS
SELECT row_number() OVER ()::INTEGER AS _row, CAST("code" AS VARCHAR) AS "code", "year"
FROM "r"`);
  });

  it('tableColumnTypesSql describes a table', () => {
    expect(tableColumnTypesSql('r')).toBe(`SELECT column_name AS name, column_type AS type FROM (DESCRIBE "r")`);
  });
});
