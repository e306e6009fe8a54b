import { describe, expect, it } from 'vitest';
import { firstExtraFieldRowSql } from '../../../src/queries/extra-fields.ts';
import { stageCsvSql } from '../../../src/queries/stage-csv.ts';
import { sharedEngine } from '../helpers/engine.ts';

describe('firstExtraFieldRowSql', () => {
  it('finds the first line with a value in any extra column', () => {
    expect(firstExtraFieldRowSql('_stage_poverty', ['column9', 'column10'])).toBe(
      'SELECT min(_row)::INTEGER AS "row" FROM "_stage_poverty" WHERE "column9" IS NOT NULL OR "column10" IS NOT NULL',
    );
  });

  it('with no extra columns it matches nothing', () => {
    expect(firstExtraFieldRowSql('s', [])).toBe('SELECT min(_row)::INTEGER AS "row" FROM "s" WHERE false');
  });
});

describe('on DuckDB', () => {
  const conn = sharedEngine();

  async function stage(text: string): Promise<string[]> {
    await conn.registerFile('f.csv', new TextEncoder().encode(text));
    await conn.exec(stageCsvSql({ stage: 'staged', file: 'f.csv', delimiter: ';' }));
    const columns = await conn.query<{ column_name: string }>('SELECT column_name FROM (DESCRIBE staged)');
    return columns.map((c) => c.column_name).slice(4);
  }

  it('names the line (header = 1) of the first line with too many fields', async () => {
    const extra = await stage('a;b;c\n1;2;3\n4;5;6\n7;8;9;10;11\n12;13;14;15\n');
    expect(extra).toHaveLength(2);
    expect(await conn.query(firstExtraFieldRowSql('staged', extra))).toEqual([{ row: 4 }]);
  });

  it('gives NULL when the extra columns are empty everywhere', async () => {
    await conn.exec(
      `CREATE OR REPLACE TABLE padded AS SELECT * FROM (VALUES (2, 'x', NULL), (3, 'y', NULL)) t(_row, a, column1)`,
    );
    expect(await conn.query(firstExtraFieldRowSql('padded', ['column1']))).toEqual([{ row: null }]);
  });
});
