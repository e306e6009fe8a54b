import { describe, expect, it } from 'vitest';
import { flaggedHouseholdsSql, type FlaggedHouseholdRow } from '../../../src/queries/flagged-households.ts';
import { sharedEngine } from '../helpers/engine.ts';
import { openOverlapEngine } from './overlap-fixtures.ts';

describe('SQL', () => {
  it('every flagged household', () => {
    expect(flaggedHouseholdsSql()).toBe(`WITH findings AS (
  SELECT * FROM overlap_findings
), households AS (
  SELECT household_id, min(area_code) AS area_code, min(village_code) AS village_code, min(desil) AS desil, count(*) AS findings,
    string_agg(CASE "check" WHEN 'rule' THEN rule_id ELSE 'same_kind' END || ' ' || period || ' ' || programme_a || '+' || programme_b, '; ' ORDER BY month, "check" DESC, rule_id, programme_a, programme_b) AS checks
  FROM findings GROUP BY household_id
), payments AS (
  SELECT household_id, count(*) AS payments, sum(amount_rp) AS amount_rp FROM (
SELECT DISTINCT r.payment_id, h.household_id, h.area_code, p.programme_id, m.month, r.amount_rp
FROM "findings" f JOIN register_households h ON h.household_id = f.household_id
  JOIN register_programmes p ON p.programme_id IN (f.programme_a, f.programme_b)
  JOIN register_months m ON f.period = CASE WHEN length(f.period) = 4 THEN left(m.month, 4) ELSE m.month END
  JOIN register_ix r ON r.hh = h.hh AND r.p = p.p AND r.m = m.m
  ) GROUP BY household_id
)
SELECT h.household_id, h.area_code, h.village_code, h.desil::INTEGER AS desil, h.findings::INTEGER AS findings, h.checks,
  p.payments::INTEGER AS payments, p.amount_rp::DOUBLE AS amount_rp
FROM households h JOIN payments p ON p.household_id = h.household_id
ORDER BY h.area_code, h.village_code, h.household_id`);
  });

  it("one district's, the code quoted as a literal", () => {
    expect(flaggedHouseholdsSql({ areaCode: '6403' })).toBe(`WITH findings AS (
  SELECT * FROM overlap_findings
  WHERE area_code = '6403'
), households AS (
  SELECT household_id, min(area_code) AS area_code, min(village_code) AS village_code, min(desil) AS desil, count(*) AS findings,
    string_agg(CASE "check" WHEN 'rule' THEN rule_id ELSE 'same_kind' END || ' ' || period || ' ' || programme_a || '+' || programme_b, '; ' ORDER BY month, "check" DESC, rule_id, programme_a, programme_b) AS checks
  FROM findings GROUP BY household_id
), payments AS (
  SELECT household_id, count(*) AS payments, sum(amount_rp) AS amount_rp FROM (
SELECT DISTINCT r.payment_id, h.household_id, h.area_code, p.programme_id, m.month, r.amount_rp
FROM "findings" f JOIN register_households h ON h.household_id = f.household_id
  JOIN register_programmes p ON p.programme_id IN (f.programme_a, f.programme_b)
  JOIN register_months m ON f.period = CASE WHEN length(f.period) = 4 THEN left(m.month, 4) ELSE m.month END
  JOIN register_ix r ON r.hh = h.hh AND r.p = p.p AND r.m = m.m
  ) GROUP BY household_id
)
SELECT h.household_id, h.area_code, h.village_code, h.desil::INTEGER AS desil, h.findings::INTEGER AS findings, h.checks,
  p.payments::INTEGER AS payments, p.amount_rp::DOUBLE AS amount_rp
FROM households h JOIN payments p ON p.household_id = h.household_id
ORDER BY h.area_code, h.village_code, h.household_id`);
    expect(flaggedHouseholdsSql({ areaCode: "64'03" })).toContain("WHERE area_code = '64''03'");
  });
});

const household = (
  household_id: string,
  area_code: string,
  village_code: string,
  desil: number,
  findings: number,
  checks: string,
  payments: number,
  amount_rp: number,
): FlaggedHouseholdRow => ({ household_id, area_code, village_code, desil, findings, checks, payments, amount_rp });

const ALL: FlaggedHouseholdRow[] = [
  household('0000000000a5', '6401', '64.01.01.2001', 2, 1, 'R4 2025 kaltim_uep+kukar_pemberdayaan', 2, 8_000_000),
  household(
    '0000000000a6',
    '6403',
    '64.02.01.2001',
    1,
    2,
    'same_kind 2025-07 kaltim_uep+kukar_pemberdayaan; R4 2025 kaltim_uep+kukar_pemberdayaan',
    2,
    8_000_000,
  ),
  household(
    '0000000000a3',
    '6403',
    '64.02.01.2002',
    4,
    2,
    'same_kind 2025-03 kukar_pangan+sembako; same_kind 2025-03 sembako+sembako',
    3,
    1_350_000,
  ),
  household('0000000000a4', '6403', '64.02.02.2001', 5, 1, 'R1 2025-04 kaltim_rapak_dalam+kukar_pangan', 2, 1_650_000),
  household(
    '0000000000b0',
    '6403',
    '64.02.02.2002',
    7,
    2,
    'R3 2025-10 kaltim_rapak_dalam+kukar_perlindungan; same_kind 2025-12 kukar_perlindungan+pkh',
    4,
    2_650_000,
  ),
  household('0000000000a2', '6472', '64.72.01.1001', 3, 1, 'same_kind 2025-06 sembako+sembako', 2, 1_200_000),
  household('0000000000a7', '6472', '64.72.01.1002', 6, 1, 'R5 2025 kaltim_uep+kaltim_uep', 2, 10_000_000),
  household(
    '0000000000a9',
    '6472',
    '64.72.02.1001',
    2,
    2,
    'same_kind 2025-09 sembako+sembako; R2 2025-09 kaltim_rapak_dalam+sembako',
    3,
    2_700_000,
  ),
];

describe('on the fixtures', () => {
  const conn = sharedEngine(openOverlapEngine);

  it('one row per flagged household, by district, village and id, its findings in month order', async () => {
    expect(await conn.query<FlaggedHouseholdRow>(flaggedHouseholdsSql())).toEqual(ALL);
  });

  it('one district', async () => {
    expect(await conn.query<FlaggedHouseholdRow>(flaggedHouseholdsSql({ areaCode: '6403' }))).toEqual(
      ALL.filter((h) => h.area_code === '6403'),
    );
  });

  it('a district with no findings: no rows', async () => {
    expect(await conn.query(flaggedHouseholdsSql({ areaCode: '6471' }))).toEqual([]);
  });
});
