import { describe, expect, it } from 'vitest';
import {
  overlapFindingsQuerySql,
  overlapFindingsSql,
  type OverlapFindingRow,
} from '../../../src/queries/overlap-findings.ts';
import { openEngineWith, sharedEngine } from '../helpers/engine.ts';
import { openOverlapEngine, OVERLAP_SOURCES, prepareRegister } from './overlap-fixtures.ts';

const QUERY = `WITH kinds AS (
  SELECT p.p, dense_rank() OVER (ORDER BY k.kind)::SMALLINT AS k FROM register_programmes p JOIN programme_kinds k USING (programme_id)
), kinded AS (
  SELECT r.hh, r.m, r.p, r.amount_rp, k.k FROM register_shared_months r JOIN kinds k USING (p)
), kind_groups AS (
  SELECT hh, m, k FROM kinded GROUP BY hh, m, k HAVING count(*) > 1
), kind_programmes AS (
  SELECT hh, m, k, p, count(*) AS n, sum(amount_rp) AS amount_rp
  FROM kinded SEMI JOIN kind_groups USING (hh, m, k) GROUP BY hh, m, k, p
), same_kind AS (
  SELECT a.hh, 'same_kind' AS "check", NULL::VARCHAR AS rule_id, a.p AS pa, b.p AS pb, false AS yearly, a.m,
    CASE WHEN a.p = b.p THEN a.n ELSE a.n + b.n END AS payments,
    CASE WHEN a.p = b.p THEN a.amount_rp ELSE a.amount_rp + b.amount_rp END AS amount_rp
  FROM kind_programmes a JOIN kind_programmes b ON b.hh = a.hh AND b.m = a.m AND b.k = a.k AND a.p <= b.p
  WHERE a.p < b.p OR a.n > 1
), rules AS (
  SELECT u.rule_id, u."window" = 'year' AS yearly, a.p AS pa, b.p AS pb, CASE WHEN a.payments <= b.payments THEN a.p ELSE b.p END AS rarer
  FROM overlap_rules u JOIN register_programmes a ON a.programme_id = u.programme_a JOIN register_programmes b ON b.programme_id = u.programme_b
), rule_households AS (
  SELECT DISTINCT u.rule_id, r.hh FROM register_ix r JOIN rules u ON u.rarer = r.p
), rule_rows AS (
  SELECT h.rule_id, u.pa, u.pb, u.yearly, r.hh, r.p, r.m, r.amount_rp, CASE WHEN u.yearly THEN r.m // 12 ELSE r.m END AS w
  FROM register_ix r JOIN rule_households h ON h.hh = r.hh JOIN rules u ON u.rule_id = h.rule_id AND r.p IN (u.pa, u.pb)
), rule AS (
  SELECT hh, 'rule' AS "check", rule_id, pa, pb, yearly, max(m) AS m, count(*) AS payments, sum(amount_rp) AS amount_rp
  FROM rule_rows GROUP BY hh, rule_id, pa, pb, yearly, w
  HAVING count(*) > 1 AND bool_or(p = pa) AND bool_or(p = pb)
)
SELECT h.household_id, h.area_code, h.village_code, h.desil::INTEGER AS desil, f."check", f.rule_id,
  a.programme_id AS programme_a, b.programme_id AS programme_b, CASE WHEN f.yearly THEN left(m.month, 4) ELSE m.month END AS period,
  m.month, f.payments::INTEGER AS payments, f.amount_rp::DOUBLE AS amount_rp
FROM (SELECT * FROM same_kind UNION ALL BY NAME SELECT * FROM rule) f
JOIN register_households h ON h.hh = f.hh JOIN register_months m ON m.m = f.m
JOIN register_programmes a ON a.p = f.pa JOIN register_programmes b ON b.p = f.pb
ORDER BY household_id, month, "check", rule_id, programme_a, programme_b`;

describe('SQL', () => {
  it('overlapFindingsQuerySql', () => {
    expect(overlapFindingsQuerySql()).toBe(QUERY);
  });

  it('overlapFindingsSql stores the same query as a table', () => {
    expect(overlapFindingsSql()).toBe(`CREATE OR REPLACE TABLE overlap_findings AS\n${QUERY}`);
  });
});

type Check = OverlapFindingRow['check'];
const finding = (
  household_id: string,
  area_code: string,
  village_code: string,
  desil: number,
  check: Check,
  rule_id: string | null,
  programme_a: string,
  programme_b: string,
  period: string,
  month: string,
  payments: number,
  amount_rp: number,
): OverlapFindingRow => ({
  household_id,
  area_code,
  village_code,
  desil,
  check,
  rule_id,
  programme_a,
  programme_b,
  period,
  month,
  payments,
  amount_rp,
});

// Every finding of tests/fixtures/register-overlaps.csv, listed by hand (see overlap-fixtures.ts).
const EXPECTED: OverlapFindingRow[] = [
  finding(
    '0000000000a2',
    '6472',
    '64.72.01.1001',
    3,
    'same_kind',
    null,
    'sembako',
    'sembako',
    '2025-06',
    '2025-06',
    2,
    1_200_000,
  ),
  finding(
    '0000000000a3',
    '6403',
    '64.02.01.2002',
    4,
    'same_kind',
    null,
    'kukar_pangan',
    'sembako',
    '2025-03',
    '2025-03',
    3,
    1_350_000,
  ),
  finding(
    '0000000000a3',
    '6403',
    '64.02.01.2002',
    4,
    'same_kind',
    null,
    'sembako',
    'sembako',
    '2025-03',
    '2025-03',
    2,
    1_200_000,
  ),
  finding(
    '0000000000a4',
    '6403',
    '64.02.02.2001',
    5,
    'rule',
    'R1',
    'kaltim_rapak_dalam',
    'kukar_pangan',
    '2025-04',
    '2025-04',
    2,
    1_650_000,
  ),
  finding(
    '0000000000a5',
    '6401',
    '64.01.01.2001',
    2,
    'rule',
    'R4',
    'kaltim_uep',
    'kukar_pemberdayaan',
    '2025',
    '2025-09',
    2,
    8_000_000,
  ),
  finding(
    '0000000000a6',
    '6403',
    '64.02.01.2001',
    1,
    'rule',
    'R4',
    'kaltim_uep',
    'kukar_pemberdayaan',
    '2025',
    '2025-07',
    2,
    8_000_000,
  ),
  finding(
    '0000000000a6',
    '6403',
    '64.02.01.2001',
    1,
    'same_kind',
    null,
    'kaltim_uep',
    'kukar_pemberdayaan',
    '2025-07',
    '2025-07',
    2,
    8_000_000,
  ),
  finding(
    '0000000000a7',
    '6472',
    '64.72.01.1002',
    6,
    'rule',
    'R5',
    'kaltim_uep',
    'kaltim_uep',
    '2025',
    '2025-11',
    2,
    10_000_000,
  ),
  finding(
    '0000000000a9',
    '6472',
    '64.72.02.1001',
    2,
    'rule',
    'R2',
    'kaltim_rapak_dalam',
    'sembako',
    '2025-09',
    '2025-09',
    3,
    2_700_000,
  ),
  finding(
    '0000000000a9',
    '6472',
    '64.72.02.1001',
    2,
    'same_kind',
    null,
    'sembako',
    'sembako',
    '2025-09',
    '2025-09',
    2,
    1_200_000,
  ),
  finding(
    '0000000000b0',
    '6403',
    '64.02.02.2002',
    7,
    'rule',
    'R3',
    'kaltim_rapak_dalam',
    'kukar_perlindungan',
    '2025-10',
    '2025-10',
    2,
    1_700_000,
  ),
  finding(
    '0000000000b0',
    '6403',
    '64.02.02.2002',
    7,
    'same_kind',
    null,
    'kukar_perlindungan',
    'pkh',
    '2025-12',
    '2025-12',
    2,
    950_000,
  ),
];

describe('on the fixtures', () => {
  const conn = sharedEngine(openOverlapEngine);
  const findings = () => conn.query<OverlapFindingRow>('SELECT * FROM overlap_findings');

  it('finds exactly the hand-listed findings, by household and month', async () => {
    expect(await findings()).toEqual(EXPECTED);
  });

  it('the query alone returns the same rows as the table', async () => {
    expect(await conn.query(overlapFindingsQuerySql())).toEqual(EXPECTED);
  });

  it('three same-kind rows in a month: one finding per pair of programmes, each counting its own payments', async () => {
    const rows = (await findings()).filter((f) => f.household_id === '0000000000a3');
    expect(rows.map((f) => [f.programme_a, f.programme_b, f.payments, f.amount_rp])).toEqual([
      ['kukar_pangan', 'sembako', 3, 1_350_000],
      ['sembako', 'sembako', 2, 1_200_000],
    ]);
  });

  it('a year window pairs different months and dates the finding to the later one; a new year does not pair', async () => {
    const rows = await findings();
    expect(rows.filter((f) => f.household_id === '0000000000a5')).toMatchObject([
      { rule_id: 'R4', period: '2025', month: '2025-09' },
    ]);
    expect(rows.some((f) => f.household_id === '0000000000a8')).toBe(false);
  });

  it('a rule with a = b pairs two payments of the programme, never one payment with itself', async () => {
    const rows = (await findings()).filter((f) => f.rule_id === 'R5');
    expect(rows.map((f) => f.household_id)).toEqual(['0000000000a7']);
  });

  it('both sides of a rule in one month of the same kind raise two findings', async () => {
    const rows = (await findings()).filter((f) => f.household_id === '0000000000a6');
    expect(rows.map((f) => `${f.check} ${f.period}`)).toEqual(['rule 2025', 'same_kind 2025-07']);
  });

  it('households with no overlap raise nothing', async () => {
    const flagged = new Set((await findings()).map((f) => f.household_id));
    for (const id of ['0000000000a1', '0000000000a8', '0000000000b1', '0000000000b2', '0000000000b3'])
      expect(flagged.has(id)).toBe(false);
  });

  it('numbers are JS numbers, counts INTEGER', async () => {
    const types = await conn.query<{ column_name: string; column_type: string }>('DESCRIBE overlap_findings');
    expect(Object.fromEntries(types.map((t) => [t.column_name, t.column_type]))).toMatchObject({
      desil: 'INTEGER',
      payments: 'INTEGER',
      amount_rp: 'DOUBLE',
    });
  });

  it('a rule is found from its rarer side, either one, and keeps its own order; a programme not in the register finds nothing', async () => {
    await conn.exec(`INSERT INTO overlap_rules VALUES ('R8', 'sembako', 'kaltim_rapak_dalam', 'month', 'x', 'x', 'test'),
  ('R9', 'kaltim_uep', 'not_in_register', 'year', 'x', 'x', 'test')`);
    try {
      await conn.exec(overlapFindingsSql());
      expect((await findings()).filter((f) => f.rule_id === 'R8' || f.rule_id === 'R9')).toEqual([
        finding(
          '0000000000a9',
          '6472',
          '64.72.02.1001',
          2,
          'rule',
          'R8',
          'sembako',
          'kaltim_rapak_dalam',
          '2025-09',
          '2025-09',
          3,
          2_700_000,
        ),
      ]);
    } finally {
      await conn.exec(`DELETE FROM overlap_rules WHERE rule_id IN ('R8', 'R9')`);
      await conn.exec(overlapFindingsSql());
    }
    expect(await findings()).toEqual(EXPECTED);
  });

  it('no rules: only same-kind findings remain; rebuilding is idempotent', async () => {
    await conn.exec(
      'CREATE OR REPLACE TEMP TABLE saved_rules AS SELECT * FROM overlap_rules; DELETE FROM overlap_rules',
    );
    try {
      await conn.exec(overlapFindingsSql());
      expect(await findings()).toEqual(EXPECTED.filter((f) => f.check === 'same_kind'));
    } finally {
      await conn.exec('INSERT INTO overlap_rules SELECT * FROM saved_rules');
      await conn.exec(overlapFindingsSql());
    }
    expect(await findings()).toEqual(EXPECTED);
  });
});

// The spec's definition read literally: every pair of distinct payments, then one finding per key with
// the distinct payments of its pairs. Slow (a full self-join), so only for checking the fast query.
const BY_PAIRS = `WITH k AS (
  SELECT r.*, pk.kind FROM register r JOIN programme_kinds pk ON pk.programme_id = r.programme_id
), pairs AS (
  SELECT x.household_id, 'same_kind' AS "check", NULL::VARCHAR AS rule_id, least(x.programme_id, y.programme_id) AS programme_a,
    greatest(x.programme_id, y.programme_id) AS programme_b, x.month AS period, x.month AS month, x.payment_id AS p1, y.payment_id AS p2
  FROM k x JOIN k y ON y.household_id = x.household_id AND y.month = x.month AND y.kind = x.kind AND y.payment_id <> x.payment_id
  UNION ALL
  SELECT x.household_id, 'rule', u.rule_id, u.programme_a, u.programme_b, CASE u."window" WHEN 'year' THEN left(x.month, 4) ELSE x.month END,
    greatest(x.month, y.month), x.payment_id, y.payment_id
  FROM overlap_rules u JOIN register x ON x.programme_id = u.programme_a
  JOIN register y ON y.programme_id = u.programme_b AND y.household_id = x.household_id AND y.payment_id <> x.payment_id
    AND CASE u."window" WHEN 'year' THEN left(y.month, 4) = left(x.month, 4) ELSE y.month = x.month END
), keyed AS (
  SELECT *, concat_ws('|', household_id, "check", rule_id, programme_a, programme_b, period) AS finding FROM pairs
), payments AS (
  SELECT DISTINCT finding, unnest([p1, p2]) AS payment_id FROM keyed
)
SELECT any_value(household_id) AS household_id, any_value("check") AS "check", any_value(rule_id) AS rule_id, any_value(programme_a) AS programme_a,
  any_value(programme_b) AS programme_b, any_value(period) AS period, max(month) AS month,
  (SELECT count(*) FROM payments p WHERE p.finding = keyed.finding)::INTEGER AS payments,
  (SELECT sum(r.amount_rp) FROM payments p JOIN register r ON r.payment_id = p.payment_id WHERE p.finding = keyed.finding)::DOUBLE AS amount_rp
FROM keyed GROUP BY finding`;

// A dense register: 40 households, four months across a new year, every programme, picked by hash.
const DENSE_REGISTER = `CREATE OR REPLACE TABLE register AS
SELECT (i + 1)::INTEGER AS payment_id, printf('%012x', hash(i * 3) % 40) AS household_id, '6403' AS area_code, '64.02.01.2001' AS village_code,
  (hash(i * 3) % 40 % 10 + 1)::INTEGER AS desil,
  ['pkh', 'sembako', 'kukar_perlindungan', 'kukar_pangan', 'kukar_rehabilitasi', 'kukar_pemberdayaan', 'kaltim_uep', 'kaltim_rapak_dalam', 'pusat_sekolah_rakyat'][(hash(i) % 9)::INTEGER + 1] AS programme_id,
  ['2024-11', '2024-12', '2025-01', '2025-02'][(hash(i * 7) % 4)::INTEGER + 1] AS month, (1000 * (i % 13 + 1))::DOUBLE AS amount_rp
FROM range(600) t(i)`;

describe('against the pairwise definition on a dense register', () => {
  const conn = sharedEngine(async () => {
    const engine = await openEngineWith({
      areas: OVERLAP_SOURCES.areas,
      programme_kinds: OVERLAP_SOURCES.programme_kinds,
      overlap_rules: OVERLAP_SOURCES.overlap_rules,
    });
    await engine.exec(DENSE_REGISTER);
    await prepareRegister(engine);
    return engine;
  });

  it('the same findings, payments and amounts, row for row', async () => {
    const columns = 'household_id, "check", rule_id, programme_a, programme_b, period, month, payments, amount_rp';
    const ours = `SELECT ${columns} FROM (${overlapFindingsQuerySql()})`;
    const theirs = `SELECT ${columns} FROM (${BY_PAIRS})`;
    const [{ n }] = (await conn.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM (${ours})`)) as [
      { n: number },
    ];
    const byCheck = await conn.query<{ check: string; a_eq_b: boolean }>(
      `SELECT DISTINCT "check", rule_id, programme_a = programme_b AS a_eq_b FROM (${ours})`,
    );
    expect(n).toBeGreaterThan(100);
    // Every rule, same kind with two programmes and with one, and R5 (a = b) all occur.
    expect(new Set(byCheck.map((c) => `${c.check} ${c.a_eq_b}`))).toEqual(
      new Set(['same_kind true', 'same_kind false', 'rule true', 'rule false']),
    );
    expect(await conn.query(`(${ours}) EXCEPT ALL (${theirs})`)).toEqual([]);
    expect(await conn.query(`(${theirs}) EXCEPT ALL (${ours})`)).toEqual([]);
  });
});
