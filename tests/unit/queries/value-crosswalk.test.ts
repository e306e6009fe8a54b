import { describe, expect, it } from 'vitest';
import { columnValuesSql, crosswalkViewSql, type ColumnValueRow } from '../../../src/queries/value-crosswalk.ts';
import { sharedEngine } from '../helpers/engine.ts';

describe('columnValuesSql', () => {
  it('groups the cells as written, then trims only the groups, with no filter DuckDB would push below the grouping', () => {
    expect(columnValuesSql('s', 'area_code')).toBe(`SELECT raw, NULLIF(trim(raw), '') AS value, "rows" FROM (
  SELECT "area_code" AS raw, count(*)::INTEGER AS "rows" FROM "s" GROUP BY "area_code"
) ORDER BY value, raw`);
  });
});

describe('crosswalkViewSql', () => {
  it('rewrites the listed values of each column in a view, and is a plain view when nothing is rewritten', () => {
    expect(crosswalkViewSql('v', 's', { area_code: [['Paser', '6401']], programme_id: [] })).toBe(
      `CREATE OR REPLACE TEMP VIEW "v" AS SELECT * REPLACE (CASE "area_code" WHEN 'Paser' THEN '6401' ELSE "area_code" END AS "area_code") FROM "s"`,
    );
    expect(crosswalkViewSql('v', 's', {})).toBe(`CREATE OR REPLACE TEMP VIEW "v" AS SELECT * FROM "s"`);
  });
});

describe('on DuckDB', () => {
  const conn = sharedEngine();

  it('lists each value once per way it is written (empty ones last), and the view reads the rewritten ones as keys', async () => {
    await conn.exec(
      `CREATE TABLE s AS SELECT * FROM (VALUES (1, 'Paser', 'x'), (2, ' Paser ', 'y'), (3, '6401', 'z'), (4, '', 'w'), (5, NULL, 'v'), (6, 'Paser', 'u')) t(_row, area_code, other)`,
    );
    const values = await conn.query<ColumnValueRow>(columnValuesSql('s', 'area_code'));
    expect(values).toEqual([
      { raw: '6401', value: '6401', rows: 1 },
      { raw: ' Paser ', value: 'Paser', rows: 1 },
      { raw: 'Paser', value: 'Paser', rows: 2 },
      { raw: '', value: null, rows: 1 },
      { raw: null, value: null, rows: 1 },
    ]);
    await conn.exec(
      crosswalkViewSql('v', 's', {
        area_code: [
          ['Paser', '6401'],
          [' Paser ', '6401'],
        ],
      }),
    );
    const rows = await conn.query<{ area_code: string | null; other: string }>('SELECT area_code, other FROM v');
    expect(rows.map((r) => r.area_code)).toEqual(['6401', '6401', '6401', '', null, '6401']);
    expect(rows.map((r) => r.other)).toEqual(['x', 'y', 'z', 'w', 'v', 'u']);
  });
});
