import { describe, expect, it } from 'vitest';
import {
  overlapByDistrictSql,
  overlapByMonthSql,
  overlapByPairSql,
  overlapTotalsSql,
  type OverlapByDistrictRow,
  type OverlapByMonthRow,
  type OverlapByPairRow,
  type OverlapTotalsRow,
} from '../../../src/queries/overlap-summary.ts';
import { overlapFindingsSql } from '../../../src/queries/overlap-findings.ts';
import { sharedEngine } from '../helpers/engine.ts';
import { openOverlapEngine } from './overlap-fixtures.ts';

describe('SQL', () => {
  it('overlapTotalsSql', () => {
    expect(overlapTotalsSql()).toBe(`WITH flagged AS (
SELECT DISTINCT r.payment_id, h.household_id, h.area_code, p.programme_id, m.month, r.amount_rp
FROM "overlap_findings" f JOIN register_households h ON h.household_id = f.household_id
  JOIN register_programmes p ON p.programme_id IN (f.programme_a, f.programme_b)
  JOIN register_months m ON f.period = CASE WHEN length(f.period) = 4 THEN left(m.month, 4) ELSE m.month END
  JOIN register_ix r ON r.hh = h.hh AND r.p = p.p AND r.m = m.m
)
SELECT (SELECT count(*) FROM register_households)::INTEGER AS households,
  (SELECT count(DISTINCT household_id) FROM overlap_findings)::INTEGER AS households_flagged,
  (SELECT count(*) FROM overlap_findings)::INTEGER AS findings,
  (SELECT count(*) FROM flagged)::INTEGER AS payments_flagged,
  (SELECT coalesce(sum(amount_rp), 0) FROM flagged)::DOUBLE AS amount_flagged_rp`);
  });

  it('overlapByDistrictSql', () => {
    expect(overlapByDistrictSql()).toBe(`WITH flagged AS (
  SELECT area_code, count(DISTINCT household_id) AS households_flagged, count(*) AS findings FROM overlap_findings GROUP BY area_code
)
SELECT h.area_code, a.name, a.short_name, h.households::INTEGER AS households,
  coalesce(f.households_flagged, 0)::INTEGER AS households_flagged, coalesce(f.findings, 0)::INTEGER AS findings,
  (coalesce(f.households_flagged, 0) / h.households)::DOUBLE AS share_flagged
FROM register_districts h
JOIN areas a ON a.bps_code = h.area_code
LEFT JOIN flagged f ON f.area_code = h.area_code
ORDER BY h.area_code`);
  });

  it('overlapByPairSql', () => {
    expect(overlapByPairSql()).toBe(`SELECT f."check", f.rule_id, f.programme_a, f.programme_b,
  ka.name_id AS name_a_id, ka.name_en AS name_a_en, kb.name_id AS name_b_id, kb.name_en AS name_b_en,
  r.reason_id, r.reason_en,
  count(*)::INTEGER AS findings, count(DISTINCT f.household_id)::INTEGER AS households,
  sum(f.payments)::INTEGER AS payments, sum(f.amount_rp)::DOUBLE AS amount_rp
FROM overlap_findings f
LEFT JOIN programme_kinds ka ON ka.programme_id = f.programme_a
LEFT JOIN programme_kinds kb ON kb.programme_id = f.programme_b
LEFT JOIN overlap_rules r ON r.rule_id = f.rule_id
GROUP BY ALL
ORDER BY findings DESC, f."check", f.rule_id, f.programme_a, f.programme_b`);
  });

  it('overlapByMonthSql', () => {
    expect(overlapByMonthSql()).toBe(`WITH counts AS (
  SELECT month, count(*) FILTER ("check" = 'same_kind') AS same_kind, count(*) FILTER ("check" = 'rule') AS rule, count(*) AS findings
  FROM overlap_findings GROUP BY month
)
SELECT m.month, coalesce(c.same_kind, 0)::INTEGER AS same_kind_findings, coalesce(c.rule, 0)::INTEGER AS rule_findings,
  coalesce(c.findings, 0)::INTEGER AS findings
FROM register_months m LEFT JOIN counts c ON c.month = m.month
ORDER BY m.month`);
  });
});

describe('on the fixtures (12 findings in 8 of 13 households, see overlap-fixtures.ts)', () => {
  const conn = sharedEngine(openOverlapEngine);

  it('totals: a payment in two findings (a6: same kind and R4) counts once', async () => {
    // Sum of the findings' payments is 26; distinct payments 20: a2 2, a3 3, a4 2, a5 2, a6 2, a7 2, a9 3, b0 4.
    expect(await conn.query<OverlapTotalsRow>(overlapTotalsSql())).toEqual([
      { households: 13, households_flagged: 8, findings: 12, payments_flagged: 20, amount_flagged_rp: 35_550_000 },
    ]);
  });

  it('by district: every district of the register, Balikpapan with no findings at 0', async () => {
    expect(await conn.query<OverlapByDistrictRow>(overlapByDistrictSql())).toEqual([
      {
        area_code: '6401',
        name: 'Paser',
        short_name: 'Paser',
        households: 2,
        households_flagged: 1,
        findings: 1,
        share_flagged: 0.5,
      },
      {
        area_code: '6403',
        name: 'Kutai Kartanegara',
        short_name: 'Kukar',
        households: 5,
        households_flagged: 4,
        findings: 7,
        share_flagged: 0.8,
      },
      {
        area_code: '6471',
        name: 'Balikpapan',
        short_name: 'Balikpapan',
        households: 2,
        households_flagged: 0,
        findings: 0,
        share_flagged: 0,
      },
      {
        area_code: '6472',
        name: 'Samarinda',
        short_name: 'Samarinda',
        households: 4,
        households_flagged: 3,
        findings: 4,
        share_flagged: 0.75,
      },
    ]);
  });

  it('by pair: most frequent first, with names and the rule reason', async () => {
    const rows = await conn.query<OverlapByPairRow>(overlapByPairSql());
    expect(
      rows.map((r) => [
        r.check,
        r.rule_id,
        r.programme_a,
        r.programme_b,
        r.findings,
        r.households,
        r.payments,
        r.amount_rp,
      ]),
    ).toEqual([
      ['same_kind', null, 'sembako', 'sembako', 3, 3, 6, 3_600_000],
      ['rule', 'R4', 'kaltim_uep', 'kukar_pemberdayaan', 2, 2, 4, 16_000_000],
      ['rule', 'R1', 'kaltim_rapak_dalam', 'kukar_pangan', 1, 1, 2, 1_650_000],
      ['rule', 'R2', 'kaltim_rapak_dalam', 'sembako', 1, 1, 3, 2_700_000],
      ['rule', 'R3', 'kaltim_rapak_dalam', 'kukar_perlindungan', 1, 1, 2, 1_700_000],
      ['rule', 'R5', 'kaltim_uep', 'kaltim_uep', 1, 1, 2, 10_000_000],
      ['same_kind', null, 'kaltim_uep', 'kukar_pemberdayaan', 1, 1, 2, 8_000_000],
      ['same_kind', null, 'kukar_pangan', 'sembako', 1, 1, 3, 1_350_000],
      ['same_kind', null, 'kukar_perlindungan', 'pkh', 1, 1, 2, 950_000],
    ]);
    expect(rows[1]).toMatchObject({
      name_a_id: 'Bantuan Usaha Ekonomi Produktif',
      name_a_en: 'Productive enterprise grant',
      name_b_id: 'Pemberdayaan ekonomi (peralatan usaha)',
      name_b_en: 'Economic empowerment (business equipment)',
      reason_en: 'Business capital and equipment in one year',
    });
    expect(rows[0]).toMatchObject({
      name_a_en: 'Staple food programme',
      name_b_en: 'Staple food programme',
      reason_id: null,
      reason_en: null,
    });
  });

  it('by month: every month of the register, dated by the later row', async () => {
    const rows = await conn.query<OverlapByMonthRow>(overlapByMonthSql());
    const row = (month: string, same_kind_findings: number, rule_findings: number): OverlapByMonthRow => ({
      month,
      same_kind_findings,
      rule_findings,
      findings: same_kind_findings + rule_findings,
    });
    expect(rows).toEqual([
      row('2024-12', 0, 0),
      row('2025-01', 0, 0),
      row('2025-02', 0, 0),
      row('2025-03', 2, 0),
      row('2025-04', 0, 1),
      row('2025-05', 0, 0),
      row('2025-06', 1, 0),
      row('2025-07', 1, 1),
      row('2025-08', 0, 0),
      // a5's R4 (2025-02 and 2025-09) is dated September, beside a9's R2 and same kind.
      row('2025-09', 1, 2),
      row('2025-10', 0, 1),
      row('2025-11', 0, 1),
      row('2025-12', 1, 0),
    ]);
  });

  it('nothing flagged: zeros, not nulls or missing districts', async () => {
    await conn.exec('CREATE OR REPLACE TABLE overlap_findings AS SELECT * FROM overlap_findings WHERE false');
    try {
      expect(await conn.query<OverlapTotalsRow>(overlapTotalsSql())).toEqual([
        { households: 13, households_flagged: 0, findings: 0, payments_flagged: 0, amount_flagged_rp: 0 },
      ]);
      const districts = await conn.query<OverlapByDistrictRow>(overlapByDistrictSql());
      expect(districts.map((d) => [d.area_code, d.households_flagged, d.share_flagged])).toEqual([
        ['6401', 0, 0],
        ['6403', 0, 0],
        ['6471', 0, 0],
        ['6472', 0, 0],
      ]);
      expect(await conn.query(overlapByPairSql())).toEqual([]);
      expect((await conn.query<OverlapByMonthRow>(overlapByMonthSql())).every((m) => m.findings === 0)).toBe(true);
    } finally {
      await conn.exec(overlapFindingsSql());
    }
  });
});
