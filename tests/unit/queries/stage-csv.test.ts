import { describe, expect, it } from 'vitest';
import { stageCsvSql } from '../../../src/queries/stage-csv.ts';
import { readBytes, sharedEngine } from '../helpers/engine.ts';

describe('stageCsvSql', () => {
  it('reads every cell as text, numbering rows by their line (header = line 1)', () => {
    expect(stageCsvSql({ stage: '_stage_poverty', file: '_stage_poverty.csv', delimiter: ';' })).toBe(
      `CREATE OR REPLACE TEMP TABLE "_stage_poverty" AS
SELECT (row_number() OVER () + 1)::INTEGER AS _row, *
FROM read_csv('_stage_poverty.csv', delim = ';', header = true, all_varchar = true, quote = '"', escape = '"', null_padding = true, auto_detect = true)`,
    );
  });

  it('quotes the file name, the delimiter and the table name', () => {
    const sql = stageCsvSql({ stage: 's"1', file: "it's.csv", delimiter: "'" });
    expect(sql).toContain(`TEMP TABLE "s""1" AS`);
    expect(sql).toContain(`read_csv('it''s.csv', delim = '''',`);
  });
});

describe('on DuckDB', () => {
  const conn = sharedEngine();

  async function stage(name: string, bytes: Uint8Array, delimiter: string): Promise<Record<string, unknown>[]> {
    await conn.registerFile(name, bytes);
    await conn.exec(stageCsvSql({ stage: 'staged', file: name, delimiter }));
    await conn.dropFile(name);
    return conn.query('SELECT * FROM staged ORDER BY _row');
  }

  it('stages the BPS-style fixture as untouched text with line numbers', async () => {
    const rows = await stage('poverty-bps.csv', readBytes('tests/fixtures/poverty-bps.csv'), ';');
    expect(rows).toHaveLength(8);
    expect(rows.map((r) => r._row)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    expect(rows[0]).toEqual({
      _row: 2,
      area_code: '64',
      year: '2023',
      period: 'mar',
      rate_pct: '6,11',
      poor_thousands: '231,07',
      poverty_line_rp: '790.186',
      p1: '0,771',
      p2: '0,14',
      source: 'fixture A',
    });
    expect(rows[4]).toMatchObject({ _row: 6, area_code: '6403', poor_thousands: '60,857', poverty_line_rp: '644.570' });
    expect(rows[5]).toMatchObject({ _row: 7, source: 'fixture F; quoted', p1: null });
    expect(rows[7]).toEqual({
      _row: 9,
      area_code: '6471',
      year: '2025',
      period: 'mar',
      rate_pct: '1,97',
      poor_thousands: null,
      poverty_line_rp: null,
      p1: null,
      p2: null,
      source: 'fixture H',
    });
  });

  it('types every column VARCHAR except the INTEGER line number', async () => {
    await stage('poverty-bps.csv', readBytes('tests/fixtures/poverty-bps.csv'), ';');
    const types = await conn.query<{ column_name: string; column_type: string }>(
      'SELECT column_name, column_type FROM (DESCRIBE staged)',
    );
    expect(types[0]).toEqual({ column_name: '_row', column_type: 'INTEGER' });
    expect(new Set(types.slice(1).map((t) => t.column_type))).toEqual(new Set(['VARCHAR']));
    expect(types.map((t) => t.column_name)).toEqual([
      '_row',
      'area_code',
      'year',
      'period',
      'rate_pct',
      'poor_thousands',
      'poverty_line_rp',
      'p1',
      'p2',
      'source',
    ]);
  });

  it('keeps a short line, padded with NULL, so its empty cells can be reported', async () => {
    const text = 'a,b,c\n1,2,3\n4\n5,6,7\n';
    const rows = await stage('short.csv', new TextEncoder().encode(text), ',');
    expect(rows).toEqual([
      { _row: 2, a: '1', b: '2', c: '3' },
      { _row: 3, a: '4', b: null, c: null },
      { _row: 4, a: '5', b: '6', c: '7' },
    ]);
  });

  it('reads doubled quotes inside a quoted field, and a comma-separated file', async () => {
    const rows = await stage('targets.csv', readBytes('tests/fixtures/targets.csv'), ',');
    expect(rows.map((r) => r.document)).toEqual([
      'RPJMD 2025-2029, a range',
      "Governor's goal",
      'zero extreme poverty',
      'Bupati Kukar: "below 7%"',
    ]);
    expect(rows[0]).toMatchObject({
      _row: 2,
      area_code: '64',
      target_pct: null,
      target_low_pct: '2.3',
      target_high_pct: '3.3',
    });
  });
});
