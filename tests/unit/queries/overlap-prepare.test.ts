import { describe, expect, it } from 'vitest';
import { OVERLAP_INDEX_TABLES, overlapPrepareSqls } from '../../../src/queries/overlap-prepare.ts';
import { sharedEngine } from '../helpers/engine.ts';
import { openOverlapEngine } from './overlap-fixtures.ts';

describe('SQL', () => {
  it('overlapPrepareSqls, in the order they must run', () => {
    expect(overlapPrepareSqls()).toEqual([
      `CREATE OR REPLACE TABLE register_programmes AS
SELECT (row_number() OVER (ORDER BY programme_id))::SMALLINT AS p, programme_id, count(*)::INTEGER AS payments
FROM register GROUP BY programme_id`,
      `CREATE OR REPLACE TABLE register_months AS
SELECT (left(month, 4)::INTEGER * 12 + right(month, 2)::INTEGER - 1)::INTEGER AS m, month
FROM (SELECT DISTINCT month FROM register)`,
      `CREATE OR REPLACE TABLE register_households AS
SELECT (row_number() OVER (ORDER BY household_id))::INTEGER AS hh, household_id,
  min(area_code) AS area_code, min(village_code) AS village_code, min(desil) AS desil
FROM register GROUP BY household_id`,
      `CREATE OR REPLACE TABLE register_ix AS
SELECT r.payment_id, h.hh, m.m, p.p, r.amount_rp
FROM register r JOIN register_households h USING (household_id) JOIN register_programmes p USING (programme_id)
  JOIN register_months m USING (month)`,
      `CREATE OR REPLACE TABLE register_shared_months AS
SELECT * FROM register_ix SEMI JOIN (SELECT hh, m FROM register_ix GROUP BY hh, m HAVING count(*) > 1) USING (hh, m)`,
      `CREATE OR REPLACE TABLE register_districts AS
SELECT area_code, count(DISTINCT household_id)::INTEGER AS households FROM register GROUP BY area_code`,
    ]);
  });

  it('leaves out the tables the load already brought, keeping the order of the rest', () => {
    const built = (loaded: string[]) => overlapPrepareSqls(loaded).map((sql) => /TABLE (\w+)/.exec(sql)![1]);
    expect(built([])).toEqual(OVERLAP_INDEX_TABLES);
    expect(built(['register_programmes', 'register_months', 'register_ix', 'register_shared_months'])).toEqual([
      'register_households',
      'register_districts',
    ]);
    expect(built([...OVERLAP_INDEX_TABLES])).toEqual([]);
  });

  it('reads neither kinds nor rules, so editing them never needs it again', () => {
    expect(overlapPrepareSqls().join('\n')).not.toMatch(/programme_kinds|overlap_rules/);
  });
});

describe('on the fixtures (35 payments of 13 households, see overlap-fixtures.ts)', () => {
  const conn = sharedEngine(openOverlapEngine);

  it('programmes numbered in id order, with their payments', async () => {
    expect(await conn.query('SELECT * FROM register_programmes ORDER BY p')).toEqual([
      { p: 1, programme_id: 'kaltim_rapak_dalam', payments: 4 },
      { p: 2, programme_id: 'kaltim_uep', payments: 5 },
      { p: 3, programme_id: 'kukar_pangan', payments: 3 },
      { p: 4, programme_id: 'kukar_pemberdayaan', payments: 3 },
      { p: 5, programme_id: 'kukar_perlindungan', payments: 2 },
      { p: 6, programme_id: 'kukar_rehabilitasi', payments: 1 },
      { p: 7, programme_id: 'pkh', payments: 5 },
      { p: 8, programme_id: 'pusat_sekolah_rakyat', payments: 2 },
      { p: 9, programme_id: 'sembako', payments: 10 },
    ]);
  });

  it('months counted from year 0: December 2024 is one before January 2025, and m // 12 is the year', async () => {
    const rows = await conn.query<{ m: number; month: string }>('SELECT * FROM register_months ORDER BY m');
    expect(rows).toHaveLength(13);
    expect(rows.slice(0, 2)).toEqual([
      { m: 24_299, month: '2024-12' },
      { m: 24_300, month: '2025-01' },
    ]);
    expect(rows.at(-1)).toEqual({ m: 24_311, month: '2025-12' });
    expect(rows.every((r) => Math.floor(r.m / 12) === Number(r.month.slice(0, 4)))).toBe(true);
  });

  it('one row per household, numbered in id order, with its district, village and desil', async () => {
    const rows = await conn.query<{ hh: number; household_id: string }>(
      'SELECT * FROM register_households ORDER BY hh',
    );
    expect(rows.map((r) => r.household_id)).toEqual(
      ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8', 'a9', 'b0', 'b1', 'b2', 'b3'].map((s) => `0000000000${s}`),
    );
    expect(rows.map((r) => r.hh)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(rows[3]).toEqual({
      hh: 4,
      household_id: '0000000000a4',
      area_code: '6403',
      village_code: '64.02.02.2001',
      desil: 5,
    });
  });

  it('the index decodes back to the register, row for row', async () => {
    const decoded = `SELECT r.payment_id, h.household_id, p.programme_id, m.month, r.amount_rp
FROM register_ix r JOIN register_households h USING (hh) JOIN register_programmes p USING (p) JOIN register_months m USING (m)`;
    const original = 'SELECT payment_id, household_id, programme_id, month, amount_rp FROM register';
    expect(await conn.query(`SELECT count(*)::INTEGER AS n FROM register_ix`)).toEqual([{ n: 35 }]);
    expect(await conn.query(`(${decoded}) EXCEPT ALL (${original})`)).toEqual([]);
    expect(await conn.query(`(${original}) EXCEPT ALL (${decoded})`)).toEqual([]);
  });

  it('shared months: the rows whose household has another row that month, and only those', async () => {
    const rows = await conn.query<{ payment_id: number }>(
      'SELECT payment_id FROM register_shared_months ORDER BY payment_id',
    );
    // Not a2's September (7), a4's May and June (14, 15), a5, a7, a8 (different months), b1-b3.
    expect(rows.map((r) => r.payment_id)).toEqual([
      1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13, 18, 19, 24, 25, 26, 27, 28, 29, 30,
    ]);
  });

  it('households per district', async () => {
    expect(await conn.query('SELECT * FROM register_districts ORDER BY area_code')).toEqual([
      { area_code: '6401', households: 2 },
      { area_code: '6403', households: 5 },
      { area_code: '6471', households: 2 },
      { area_code: '6472', households: 4 },
    ]);
  });

  it('column types: small integer codes, rupiah as DOUBLE', async () => {
    const types = await conn.query<{ column_name: string; column_type: string }>('DESCRIBE register_ix');
    expect(Object.fromEntries(types.map((t) => [t.column_name, t.column_type]))).toEqual({
      payment_id: 'INTEGER',
      hh: 'INTEGER',
      m: 'INTEGER',
      p: 'SMALLINT',
      amount_rp: 'DOUBLE',
    });
  });
});
