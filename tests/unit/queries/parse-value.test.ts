import { describe, expect, it } from 'vitest';
import { parseExpr, SQL_TYPE, textExpr, trimmedExpr, type DecimalMark } from '../../../src/queries/parse-value.ts';
import type { ColumnType } from '../../../src/queries/column-types.ts';
import { sqlString } from '../../../src/queries/sql-literal.ts';
import { sharedEngine } from '../helpers/engine.ts';

const INTEGER = "'[+-]?[0-9]+'";

describe('SQL', () => {
  it('maps schema types to SQL types', () => {
    expect(SQL_TYPE).toEqual({ text: 'VARCHAR', integer: 'INTEGER', number: 'DOUBLE' });
  });

  it('textExpr trims and turns empty text into NULL, trimming only a cell trim could change', () => {
    expect(trimmedExpr('x')).toBe(
      `CASE WHEN strlen(x) = length(x) AND NOT (starts_with(x, ' ') OR ends_with(x, ' ')) THEN NULLIF(x, '') ELSE NULLIF(trim(x), '') END`,
    );
    expect(textExpr('rate_pct')).toBe(trimmedExpr('"rate_pct"'));
  });

  it('a typed column (from Parquet) is cast, not parsed: a number must also be finite', () => {
    expect(textExpr('year', true)).toBe('CAST("year" AS VARCHAR)');
    expect(parseExpr('year', 'integer', ',', true)).toBe('TRY_CAST("year" AS INTEGER)');
    expect(parseExpr('rate', 'number', '.', true)).toBe(
      'TRY_CAST(CASE WHEN isfinite(TRY_CAST("rate" AS DOUBLE)) THEN "rate" END AS DOUBLE)',
    );
  });

  it('a text column is only trimmed, whatever the decimal mark', () => {
    expect(parseExpr('source', 'text', ',')).toBe(trimmedExpr('"source"'));
  });

  it('an integer with a decimal point', () => {
    expect(parseExpr('year', 'integer', '.')).toBe(
      `TRY_CAST(CASE WHEN regexp_full_match(${trimmedExpr('"year"')}, ${INTEGER}) THEN ${trimmedExpr('"year"')} END AS INTEGER)`,
    );
  });

  it('a number with a decimal comma must group thousands by three before its dots are dropped and its comma read as the point', () => {
    const text = trimmedExpr('"poverty_line_rp"');
    const n = `replace(replace(${text}, '.', ''), ',', '.')`;
    const grouped = `'[+-]?(([0-9]{1,3}([.][0-9]{3})+|[0-9]+)(,[0-9]*)?|,[0-9]+)([eE][+-]?[0-9]+)?'`;
    expect(parseExpr('poverty_line_rp', 'number', ',')).toBe(
      `TRY_CAST(CASE WHEN regexp_full_match(${text}, ${grouped}) THEN ${n} END AS DOUBLE)`,
    );
  });
});

describe('on DuckDB', () => {
  const conn = sharedEngine();

  it("trimmedExpr gives what NULLIF(trim(x), '') gives, for every kind of space at either end", async () => {
    const cells = [
      ' a',
      'a ',
      '',
      '   ',
      'ab',
      'a b',
      'x' + '\u00a0',
      '\u00a0',
      'é',
      ' é ',
      '\u3000b',
      'b\u2009',
      '\tc',
      'c\t',
      'd\n',
      '\u200bz',
    ];
    const values = [...cells.map((c) => `(${sqlString(c)})`), '(NULL)'].join(', ');
    const rows = await conn.query<{ fast: string | null; slow: string | null }>(
      `SELECT ${trimmedExpr('v')} AS fast, NULLIF(trim(v), '') AS slow FROM (VALUES ${values}) t(v)`,
    );
    expect(rows).toHaveLength(cells.length + 1);
    for (const row of rows) expect(row.fast).toBe(row.slow);
    expect(rows.map((r) => r.fast).slice(0, 5)).toEqual(['a', 'a', null, null, 'ab']);
  });

  async function parse(text: string | null, type: ColumnType, decimal: DecimalMark): Promise<unknown> {
    const value = text === null ? 'NULL::VARCHAR' : sqlString(text);
    const [row] = await conn.query<{ x: unknown }>(
      `SELECT ${parseExpr('v', type, decimal)} AS x FROM (SELECT ${value} AS v)`,
    );
    return row!.x;
  }

  it.each<[string | null, DecimalMark, number | null]>([
    // The decimal-comma trap: in BPS style the dot groups thousands.
    ['866.193', ',', 866193],
    ['60,857', ',', 60.857],
    ['5,17', ',', 5.17],
    [' 59,00 ', ',', 59],
    ['1.234,5', ',', 1234.5],
    ['-0,4', ',', -0.4],
    ['', ',', null],
    ['   ', ',', null],
    [null, ',', null],
    ['lima', ',', null],
    ['nan', ',', null],
    ['inf', ',', null],
    ['1,2,3', ',', null],
    ['60.86', ',', null],
    ['12.5', ',', null],
    ['1.250.000,5', ',', 1250000.5],
    // With a decimal point the same texts mean something else.
    ['866.193', '.', 866.193],
    ['60,857', '.', null],
    ['-0.4', '.', -0.4],
    ['1e3', '.', 1000],
    ['.5', '.', 0.5],
    ['Infinity', '.', null],
    ['NaN', '.', null],
  ])('number %j (decimal %s) -> %s', async (text, decimal, expected) => {
    expect(await parse(text, 'number', decimal)).toBe(expected);
  });

  it.each<[string, DecimalMark, number | null]>([
    ['2023', '.', 2023],
    [' 2023 ', ',', 2023],
    ['-1', '.', -1],
    ['2023.5', '.', null],
    ['2023,5', ',', null],
    ['2023.0', '.', null],
    ['2020abc', '.', null],
    ['1e3', '.', null],
    ['99999999999', '.', null],
  ])('integer %j (decimal %s) -> %s', async (text, decimal, expected) => {
    expect(await parse(text, 'integer', decimal)).toBe(expected);
  });

  it('keeps text as text, trimmed, and integers come back as JS numbers', async () => {
    expect(await parse('  Kukar ', 'text', ',')).toBe('Kukar');
    expect(typeof (await parse('2023', 'integer', '.'))).toBe('number');
  });
});
