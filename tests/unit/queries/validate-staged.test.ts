import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbConnection } from '../../../src/data/connection.ts';
import { describeIssueIn } from '../../../src/i18n/describe-issue.ts';
import { parseExpr, trimmedExpr } from '../../../src/queries/parse-value.ts';
import { stageCsvSql } from '../../../src/queries/stage-csv.ts';
import { countIssuesSql, validateStagedSql, type ValidateParams } from '../../../src/queries/validate-staged.ts';
import { openEngineWith, readBytes, readText, spec } from '../helpers/engine.ts';

const NUMBER = "'[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?'";

describe('SQL', () => {
  const params: ValidateParams = {
    stage: 's',
    columns: [{ name: 'rate', type: 'number', required: true, min: 0, max: 100 }],
    key: ['code'],
    decimal: '.',
  };
  const text = trimmedExpr('"rate"');
  const code = trimmedExpr('"code"');
  const parsed = `TRY_CAST(CASE WHEN regexp_full_match(${text}, ${NUMBER}) THEN ${text} END AS DOUBLE)`;

  it('one check per rule, joined, ordered by row, capped at 1000; each cell read once, in a CTE', () => {
    expect(validateStagedSql(params)).toBe(`SELECT _row AS "row", "column", value, reason, expected FROM (
WITH _checked AS (SELECT _row, ${text} AS _text_0, ${parsed} AS _parsed_0 FROM "s")
SELECT _row, 'rate' AS "column", NULL AS value, 'missing' AS reason, 'number' AS expected FROM _checked WHERE (_text_0 IS NULL)
UNION ALL
SELECT _row, 'rate' AS "column", _text_0 AS value, 'not-a-number' AS reason, 'number' AS expected FROM _checked WHERE (_text_0 IS NOT NULL AND _parsed_0 IS NULL)
UNION ALL
SELECT _row, 'rate' AS "column", _text_0 AS value, 'out-of-range' AS reason, '0..100' AS expected FROM _checked WHERE (_parsed_0 < 0 OR _parsed_0 > 100)
UNION ALL
SELECT _row, 'code' AS "column", value, 'duplicate' AS reason, 'unique; first at row ' || first_row AS expected
FROM (SELECT _row, concat_ws(' / ', _k0) AS value, min(_row) OVER w AS first_row, row_number() OVER (w ORDER BY _row) AS n
FROM (SELECT _row, ${code} AS _k0 FROM "s") AS keyed SEMI JOIN (SELECT ${code} AS _k0 FROM "s" GROUP BY ALL HAVING count(*) > 1) AS repeated ON keyed._k0 IS NOT DISTINCT FROM repeated._k0 WINDOW w AS (PARTITION BY _k0))
WHERE n > 1
) ORDER BY _row, "column", reason LIMIT 1000`);
  });

  it('closed lists, references, integers and open-ended ranges', () => {
    const sql = validateStagedSql({
      stage: 's',
      columns: [
        { name: 'period', type: 'text', oneOf: ['mar', 'sep'] },
        { name: 'area_code', type: 'text', references: { table: 'areas', column: 'bps_code' } },
        { name: 'year', type: 'integer', min: 2000 },
      ],
      key: [],
      decimal: ',',
      limit: 5,
    });
    expect(sql).toContain(`${trimmedExpr('"period"')} AS _text_0, ${trimmedExpr('"area_code"')} AS _text_1`);
    expect(sql).toContain(
      `'not-allowed' AS reason, 'mar, sep' AS expected FROM _checked WHERE (_text_0 NOT IN ('mar', 'sep'))`,
    );
    expect(sql).toContain(
      `'unknown-reference' AS reason, 'areas.bps_code' AS expected FROM _checked WHERE (_text_1 NOT IN (SELECT "bps_code" FROM "areas" WHERE "bps_code" IS NOT NULL))`,
    );
    expect(sql).toContain(`'not-an-integer' AS reason, 'integer' AS expected`);
    expect(sql).toContain(`'out-of-range' AS reason, '2000..∞' AS expected`);
    expect(sql).not.toContain("'missing'");
    expect(sql).not.toContain("'duplicate'");
    expect(sql.endsWith('LIMIT 5')).toBe(true);
  });

  it('a pattern must match the whole text', () => {
    const sql = validateStagedSql({
      stage: 's',
      columns: [{ name: 'month', type: 'text', pattern: '[0-9]{4}-[0-9]{2}' }],
      key: [],
      decimal: '.',
    });
    expect(sql).toContain(
      `'bad-format' AS reason, '[0-9]{4}-[0-9]{2}' AS expected FROM _checked WHERE (_text_0 IS NOT NULL AND NOT regexp_full_match(_text_0, '[0-9]{4}-[0-9]{2}'))`,
    );
  });

  it('a slice is selected once, in a CTE, and every check of it reads the CTE', () => {
    const sql = validateStagedSql({ ...params, checks: 'cells', range: { from: 250_001, to: 500_000 } });
    expect(sql).toContain(
      `WITH _checked AS (SELECT _row, ${text} AS _text_0, ${parsed} AS _parsed_0 FROM "s" WHERE _row BETWEEN 250001 AND 500000)\nSELECT _row, 'rate'`,
    );
    expect(sql).toContain(`FROM _checked WHERE (_parsed_0 < 0 OR _parsed_0 > 100)`);
    expect(sql.match(/BETWEEN/g)).toHaveLength(1);
    expect(sql).not.toContain('FROM "s" WHERE (');
  });

  it('countIssuesSql counts the uncapped list', () => {
    expect(countIssuesSql(params)).toBe(
      `SELECT count(*)::INTEGER AS n FROM (${validateStagedSql({ ...params, limit: Number.MAX_SAFE_INTEGER })})`,
    );
    expect(countIssuesSql(params)).toContain('LIMIT 9007199254740991)');
  });
});

describe('on DuckDB', () => {
  let conn: DbConnection;
  const poverty = spec('poverty');
  // As the loader does: only the columns both fixtures carry are checked (the citation columns are absent).
  const header = readText('tests/fixtures/poverty-bps.csv').split('\n')[0]!.trim().split(';');
  const columns = poverty.columns.filter((c) => header.includes(c.name));
  const params = (stage: string, limit?: number): ValidateParams => ({
    stage,
    columns,
    key: poverty.key,
    decimal: ',',
    limit,
  });

  beforeAll(async () => {
    conn = await openEngineWith({ areas: 'tests/fixtures/areas.csv' });
    for (const [stage, file] of [
      ['broken', 'poverty-broken.csv'],
      ['good', 'poverty-bps.csv'],
    ] as const) {
      await conn.registerFile(file, readBytes(`tests/fixtures/${file}`));
      await conn.exec(stageCsvSql({ stage, file, delimiter: ';' }));
    }
  });
  afterAll(async () => {
    await conn.close();
  });

  it('lists every problem of the broken fixture by line, column, value and reason', async () => {
    expect(await conn.query(validateStagedSql(params('broken')))).toEqual([
      { row: 3, column: 'rate_pct', value: 'lima', reason: 'not-a-number', expected: 'number' },
      { row: 4, column: 'area_code', value: '9999', reason: 'unknown-reference', expected: 'areas.bps_code' },
      { row: 5, column: 'rate_pct', value: '105', reason: 'out-of-range', expected: '0..100' },
      {
        row: 6,
        column: 'area_code, year, period',
        value: '64 / 2023 / mar',
        reason: 'duplicate',
        expected: 'unique; first at row 2',
      },
      { row: 7, column: 'period', value: 'jun', reason: 'not-allowed', expected: 'mar, sep' },
      { row: 8, column: 'year', value: null, reason: 'missing', expected: 'integer' },
    ]);
  });

  it('flags text that does not match a pattern, and only that', async () => {
    await conn.exec(
      `CREATE OR REPLACE TABLE months AS SELECT * FROM (VALUES (2, '2025-03'), (3, '2025-3'), (4, ' 2025-12 '), (5, NULL), (6, '2025-03x')) t(_row, month)`,
    );
    const columns = [{ name: 'month', type: 'text' as const, pattern: '[0-9]{4}-(0[1-9]|1[0-2])' }];
    expect(await conn.query(validateStagedSql({ stage: 'months', columns, key: [], decimal: '.' }))).toEqual([
      { row: 3, column: 'month', value: '2025-3', reason: 'bad-format', expected: '[0-9]{4}-(0[1-9]|1[0-2])' },
      { row: 6, column: 'month', value: '2025-03x', reason: 'bad-format', expected: '[0-9]{4}-(0[1-9]|1[0-2])' },
    ]);
  });

  it('caps the list but counts every issue', async () => {
    expect((await conn.query(validateStagedSql(params('broken', 2)))).map((i) => i.row)).toEqual([3, 4]);
    expect(await conn.query(countIssuesSql(params('broken', 2)))).toEqual([{ n: 6 }]);
  });

  it('checked in slices, a cell below the minimum is reported once, by its own slice', async () => {
    // 10 rows in slices of 3 (four slices): row 2 is below the minimum, row 9 above the maximum.
    await conn.exec(
      `CREATE OR REPLACE TABLE sliced AS SELECT i + 1 AS _row, CASE i + 1 WHEN 2 THEN '-5' WHEN 9 THEN '250' ELSE '7' END AS rate FROM range(1, 11) t(i)`,
    );
    const columns = [{ name: 'rate', type: 'number' as const, min: 0, max: 100 }];
    const slice = (from: number) => ({
      stage: 'sliced',
      columns,
      key: [],
      decimal: '.' as const,
      checks: 'cells' as const,
      range: { from, to: from + 2 },
    });
    const found = [];
    for (const from of [2, 5, 8, 11])
      found.push({ from, rows: (await conn.query<{ row: number }>(validateStagedSql(slice(from)))).map((i) => i.row) });
    expect(found).toEqual([
      { from: 2, rows: [2] },
      { from: 5, rows: [] },
      { from: 8, rows: [9] },
      { from: 11, rows: [] },
    ]);
  });

  it('finds nothing in the clean fixture', async () => {
    expect(await conn.query(validateStagedSql(params('good')))).toEqual([]);
    expect(await conn.query(countIssuesSql(params('good')))).toEqual([{ n: 0 }]);
  });

  it('reads the clean fixture with a decimal point as wrong: 866.193 stays a number, 6,11 is not one', async () => {
    const issues = await conn.query<{ row: number; column: string; reason: string }>(
      validateStagedSql({ ...params('good'), decimal: '.' }),
    );
    expect(issues.filter((i) => i.row === 2)).toEqual([
      { row: 2, column: 'p1', value: '0,771', reason: 'not-a-number', expected: 'number' },
      { row: 2, column: 'p2', value: '0,14', reason: 'not-a-number', expected: 'number' },
      { row: 2, column: 'poor_thousands', value: '231,07', reason: 'not-a-number', expected: 'number' },
      { row: 2, column: 'rate_pct', value: '6,11', reason: 'not-a-number', expected: 'number' },
    ]);
  });
});

describe('a decimal point in a decimal-comma file (on DuckDB)', () => {
  let conn: DbConnection;
  const cells = [
    '60.86', // a decimal point: 6086 if the dot were stripped
    '12.5',
    '-0.5',
    '1.2345', // not a thousands group (four digits after the dot)
    '866.193', // thousands grouped: 866193
    '1.250.000,5',
    '7,28',
    '12.34.5', // not a number at all
  ];
  beforeAll(async () => {
    conn = await openEngineWith({});
    const rows = cells.map((c, i) => `(${i + 2}, '${c}')`).join(', ');
    await conn.exec(`CREATE TABLE d AS SELECT * FROM (VALUES ${rows}) t(_row, v)`);
  });
  afterAll(async () => {
    await conn.close();
  });
  const validate = (type: 'number' | 'integer') =>
    conn.query<{ row: number; value: string; reason: string }>(
      validateStagedSql({ stage: 'd', columns: [{ name: 'v', type }], key: [], decimal: ',' }),
    );

  it('reports each dot used as a decimal point, once, and never reads it as a thousands separator', async () => {
    const issues = await validate('number');
    expect(issues.map((i) => [i.row, i.value, i.reason])).toEqual([
      [2, '60.86', 'decimal-point'],
      [3, '12.5', 'decimal-point'],
      [4, '-0.5', 'decimal-point'],
      [5, '1.2345', 'decimal-point'],
      [9, '12.34.5', 'not-a-number'],
    ]);
    const parsed = await conn.query<{ v: number | null }>(
      `SELECT ${parseExpr('v', 'number', ',')} AS v FROM d ORDER BY _row`,
    );
    expect(parsed.map((r) => r.v)).toEqual([null, null, null, null, 866193, 1250000.5, 7.28, null]);
  });

  it("says in the planner's language what to write instead", () => {
    const issue = {
      file: 'kemiskinan.csv',
      row: 2,
      column: 'jumlah',
      value: '60.86',
      reason: 'decimal-point',
      expected: 'number',
    };
    expect(describeIssueIn('id', issue)).toBe(
      'kemiskinan.csv, baris 2, kolom jumlah: "60.86" memakai titik sebagai tanda desimal, padahal berkas ini memakai koma (tulis 60,86)',
    );
    expect(describeIssueIn('en', issue)).toContain('(write 60,86)');
  });

  it('an integer column reads grouped thousands and reports a decimal point', async () => {
    const issues = await validate('integer');
    expect(issues.find((i) => i.value === '866.193')).toBeUndefined();
    expect(issues.find((i) => i.value === '60.86')?.reason).toBe('decimal-point');
  });

  it('a repeated key is reported on each later row, naming the first; empty keys repeat too, as before', async () => {
    await conn.exec(
      `CREATE TABLE keys AS SELECT * FROM (VALUES (1, 'a'), (2, NULL), (3, ' a '), (4, ''), (5, 'b'), (6, 'a')) t(_row, code)`,
    );
    const rows = await conn.query<{ row: number; value: string; expected: string }>(
      `SELECT "row", value, expected FROM (${validateStagedSql({ stage: 'keys', columns: [], key: ['code'], decimal: '.' })})`,
    );
    expect(rows).toEqual([
      { row: 3, value: 'a', expected: 'unique; first at row 1' },
      { row: 4, value: '', expected: 'unique; first at row 2' },
      { row: 6, value: 'a', expected: 'unique; first at row 1' },
    ]);
  });
});
