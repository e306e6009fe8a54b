import { describe, expect, it } from 'vitest';
import { sqlIdent, sqlNumber, sqlString } from '../../../src/queries/sql-literal.ts';
import { sharedEngine } from '../helpers/engine.ts';

const conn = sharedEngine();

describe('sqlString', () => {
  it.each([
    ['64', "'64'"],
    ['', "''"],
    ["Governor's goal", "'Governor''s goal'"],
    ["''", "''''''"],
    ["'; DROP TABLE poverty; --", "'''; DROP TABLE poverty; --'"],
  ])('%j -> %s', (value, sql) => {
    expect(sqlString(value)).toBe(sql);
  });

  it.each([
    "Governor's goal",
    "'; DROP TABLE poverty; --",
    "it''s doubled already",
    'a "double" quote; a semicolon',
    'line one\nline two',
    '−0,33 poin · Rp2,5 miliar',
  ])('round-trips %j through DuckDB', async (value) => {
    const rows = await conn.query<{ v: string }>(`SELECT ${sqlString(value)} AS v`);
    expect(rows).toEqual([{ v: value }]);
  });
});

describe('sqlIdent', () => {
  it.each([
    ['rate_pct', '"rate_pct"'],
    ['column', '"column"'],
    ['a"b', '"a""b"'],
  ])('%j -> %s', (name, sql) => {
    expect(sqlIdent(name)).toBe(sql);
  });

  it('lets DuckDB use a table and a column whose names hold quotes and keywords', async () => {
    const table = 'we"ird table';
    await conn.exec(`CREATE TABLE ${sqlIdent(table)} (${sqlIdent('select')} INTEGER, ${sqlIdent('it"s')} VARCHAR)`);
    await conn.exec(`INSERT INTO ${sqlIdent(table)} VALUES (1, ${sqlString("it's")})`);
    const rows = await conn.query(`SELECT ${sqlIdent('select')}, ${sqlIdent('it"s')} FROM ${sqlIdent(table)}`);
    expect(rows).toEqual([{ select: 1, 'it"s': "it's" }]);
    await conn.exec(`DROP TABLE ${sqlIdent(table)}`);
  });
});

describe('sqlNumber', () => {
  it.each([
    [2020, '2020'],
    [0, '0'],
    [-0.59, '-0.59'],
    [6.72, '6.72'],
  ])('%d -> %s', (value, sql) => {
    expect(sqlNumber(value)).toBe(sql);
  });

  it.each([NaN, Infinity, -Infinity])('rejects %d instead of emitting invalid SQL', (value) => {
    expect(() => sqlNumber(value)).toThrow(`Not a finite number: ${value}`);
  });

  it('gives DuckDB the same number back, as a JS number', async () => {
    const rows = await conn.query<{ a: number; b: number }>(`SELECT ${sqlNumber(-0.59)} AS a, ${sqlNumber(2020)} AS b`);
    expect(rows).toEqual([{ a: -0.59, b: 2020 }]);
    expect(typeof rows[0]!.b).toBe('number');
  });
});
