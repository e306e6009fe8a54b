import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbConnection } from '../../../src/data/connection.ts';
import type { ColumnRule } from '../../../src/queries/column-types.ts';
import { promoteProvenSql, promoteStagedSql } from '../../../src/queries/promote-staged.ts';
import { trimmedExpr } from '../../../src/queries/parse-value.ts';
import { stageCsvSql } from '../../../src/queries/stage-csv.ts';
import { openEmptyEngine, readBytes, readText, spec } from '../helpers/engine.ts';

const NUMBER = "'[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?'";

/** A text, a number and an integer column: the three types a schema has. */
const COLUMNS: ColumnRule[] = [
  { name: 'code', type: 'text' },
  { name: 'rate', type: 'number' },
  { name: 'year', type: 'integer' },
];

describe('promoteStagedSql', () => {
  it("types each column, fills absent ones with typed NULLs, in the staging's order", () => {
    const sql = promoteStagedSql({
      stage: 's',
      table: 't',
      columns: COLUMNS,
      present: ['code', 'rate'],
      decimal: '.',
    });
    const rate = trimmedExpr('"rate"');
    expect(sql).toBe(`CREATE OR REPLACE TABLE "t" AS
SELECT
  ${trimmedExpr('"code"')} AS "code",
  TRY_CAST(CASE WHEN regexp_full_match(${rate}, ${NUMBER}) THEN ${rate} END AS DOUBLE) AS "rate",
  NULL::INTEGER AS "year"
FROM "s"`);
  });

  it('leaves out the rejected rows and sorts only then, in file order', () => {
    const sql = promoteStagedSql({
      stage: 's',
      table: 't',
      columns: COLUMNS,
      present: ['code'],
      decimal: '.',
      exclude: 'r',
    });
    expect(sql.split('\n').at(-1)).toBe(`FROM "s" WHERE _row NOT IN (SELECT _row FROM "r") ORDER BY _row`);
  });
});

describe('promoteProvenSql', () => {
  it('reads a proven file straight from its ingested rows: typed columns cast, others parsed as text', () => {
    const sql = promoteProvenSql({
      source: 'raw',
      table: 't',
      columns: COLUMNS,
      present: ['code', 'rate', 'extra'],
      typed: ['rate'],
    });
    expect(sql).toBe(`CREATE OR REPLACE TABLE "t" AS
SELECT
  ${trimmedExpr('"code"')} AS "code",
  TRY_CAST(CASE WHEN isfinite(TRY_CAST("rate" AS DOUBLE)) THEN "rate" END AS DOUBLE) AS "rate",
  NULL::INTEGER AS "year"
FROM (SELECT CAST("code" AS VARCHAR) AS "code", "rate", CAST("extra" AS VARCHAR) AS "extra" FROM "raw")`);
  });
});

describe('on DuckDB', () => {
  let conn: DbConnection;
  const poverty = spec('poverty');
  // The fixture's header: the optional citation columns (publisher, release_title, ...) are absent.
  const names = readText('tests/fixtures/poverty-bps.csv').split('\n')[0]!.trim().split(';');
  const citation = {
    publisher: null,
    release_title: null,
    release_date: null,
    release_url: null,
    read_in: null,
    citation_note: null,
  };

  beforeAll(async () => {
    conn = await openEmptyEngine();
    await conn.registerFile('poverty-bps.csv', readBytes('tests/fixtures/poverty-bps.csv'));
    await conn.exec(stageCsvSql({ stage: 'staged', file: 'poverty-bps.csv', delimiter: ';' }));
  });
  afterAll(async () => {
    await conn.close();
  });

  it('promotes the BPS-style fixture to typed rows (866.193 -> 866193, 60,857 -> 60.857)', async () => {
    await conn.exec(
      promoteStagedSql({ stage: 'staged', table: 'poverty', columns: poverty.columns, present: names, decimal: ',' }),
    );
    const rows = await conn.query('SELECT * FROM poverty');
    expect(rows).toHaveLength(8);
    expect(rows[0]).toEqual({
      area_code: '64',
      year: 2023,
      period: 'mar',
      rate_pct: 6.11,
      poor_thousands: 231.07,
      poverty_line_rp: 790186,
      p1: 0.771,
      p2: 0.14,
      ...citation,
      source: 'fixture A',
    });
    expect(rows[3]).toEqual({
      area_code: '64',
      year: 2025,
      period: 'mar',
      rate_pct: 5.17,
      poor_thousands: 199.71,
      poverty_line_rp: 866193,
      p1: null,
      p2: null,
      ...citation,
      source: 'fixture D',
    });
    expect(rows[4]).toEqual({
      area_code: '6403',
      year: 2023,
      period: 'mar',
      rate_pct: 7.61,
      poor_thousands: 60.857,
      poverty_line_rp: 644570,
      p1: 0.91,
      p2: 0.17,
      ...citation,
      source: 'fixture E',
    });
    expect(rows[5]).toMatchObject({ poor_thousands: 59, source: 'fixture F; quoted' });
    expect(typeof rows[0]!.year).toBe('number');
  });

  it('gives the live table the catalog types', async () => {
    const types = await conn.query<{ column_name: string; column_type: string }>(
      'SELECT column_name, column_type FROM (DESCRIBE poverty)',
    );
    expect(types.map((t) => [t.column_name, t.column_type])).toEqual([
      ['area_code', 'VARCHAR'],
      ['year', 'INTEGER'],
      ['period', 'VARCHAR'],
      ['rate_pct', 'DOUBLE'],
      ['poor_thousands', 'DOUBLE'],
      ['poverty_line_rp', 'DOUBLE'],
      ['p1', 'DOUBLE'],
      ['p2', 'DOUBLE'],
      ['publisher', 'VARCHAR'],
      ['release_title', 'VARCHAR'],
      ['release_date', 'VARCHAR'],
      ['release_url', 'VARCHAR'],
      ['read_in', 'VARCHAR'],
      ['citation_note', 'VARCHAR'],
      ['source', 'VARCHAR'],
    ]);
  });

  it('fills a column absent from the file with NULL of its type', async () => {
    const present = names.filter((n) => n !== 'p1');
    await conn.exec(
      promoteStagedSql({ stage: 'staged', table: 'no_p1', columns: poverty.columns, present, decimal: ',' }),
    );
    expect(
      await conn.query(
        'SELECT count(*)::INTEGER AS n, count(p1)::INTEGER AS filled, any_value(typeof(p1)) AS t FROM no_p1',
      ),
    ).toEqual([{ n: 8, filled: 0, t: 'DOUBLE' }]);
  });

  it('keeps the staging order, and writes rows in line order when some are left out', async () => {
    await conn.exec(`CREATE TABLE shuffled AS SELECT * FROM (VALUES (4, 'c'), (2, 'a'), (3, 'b')) t(_row, code)`);
    await conn.exec(`CREATE TABLE rejected AS SELECT 3 AS _row`);
    const promote = (table: string, exclude?: string) =>
      conn.exec(
        promoteStagedSql({
          stage: 'shuffled',
          table,
          columns: [{ name: 'code', type: 'text' }],
          present: ['code'],
          decimal: '.',
          ...(exclude ? { exclude } : {}),
        }),
      );
    await promote('kept');
    expect(await conn.query('SELECT code FROM kept')).toEqual([{ code: 'c' }, { code: 'a' }, { code: 'b' }]);
    await promote('ordered', 'rejected');
    expect(await conn.query('SELECT code FROM ordered')).toEqual([{ code: 'a' }, { code: 'c' }]);
  });

  it('replaces the live table in one statement', async () => {
    await conn.exec(`CREATE TABLE live AS SELECT 'old' AS code`);
    await conn.exec(
      promoteStagedSql({
        stage: 'shuffled',
        table: 'live',
        columns: [{ name: 'code', type: 'text' }],
        present: ['code'],
        decimal: '.',
      }),
    );
    expect(await conn.query('SELECT code FROM live')).toEqual([{ code: 'c' }, { code: 'a' }, { code: 'b' }]);
  });
});
