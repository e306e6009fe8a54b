import type { OverlapCheck } from './overlap-findings.ts';
import { flaggedPaymentsQuerySql } from './flagged-payments.ts';

/** The register against its findings: households, findings, and the payments and rupiah involved (each payment once). */
export interface OverlapTotalsRow {
  households: number;
  households_flagged: number;
  findings: number;
  payments_flagged: number;
  amount_flagged_rp: number;
}

/** One district of the register: its households, those with a finding, and their share. */
export interface OverlapByDistrictRow {
  area_code: string;
  name: string;
  short_name: string;
  households: number;
  households_flagged: number;
  findings: number;
  /** households_flagged / households, 0..1. */
  share_flagged: number;
}

/** One pair of programmes under one check (and rule): how often it was found. */
export interface OverlapByPairRow {
  check: OverlapCheck;
  rule_id: string | null;
  programme_a: string;
  programme_b: string;
  name_a_id: string | null;
  name_a_en: string | null;
  name_b_id: string | null;
  name_b_en: string | null;
  /** The rule's reason, for a rule; null for same kind. */
  reason_id: string | null;
  reason_en: string | null;
  findings: number;
  households: number;
  /** Within one pair findings share no payment, so these sums count each payment once. */
  payments: number;
  amount_rp: number;
}

/** One month of the register and the findings dated to it (a finding's month is its later row's month). */
export interface OverlapByMonthRow {
  month: string;
  same_kind_findings: number;
  rule_findings: number;
  findings: number;
}

// The denominators (households, per district, months) are read from the tables built once per register
// load (overlap-prepare.ts), so a re-run reads the findings and the flagged rows only.

/** One row of totals: households in the register and flagged, findings, and the distinct payments and amount flagged. */
export function overlapTotalsSql(): string {
  return `WITH flagged AS (
${flaggedPaymentsQuerySql()}
)
SELECT (SELECT count(*) FROM register_households)::INTEGER AS households,
  (SELECT count(DISTINCT household_id) FROM overlap_findings)::INTEGER AS households_flagged,
  (SELECT count(*) FROM overlap_findings)::INTEGER AS findings,
  (SELECT count(*) FROM flagged)::INTEGER AS payments_flagged,
  (SELECT coalesce(sum(amount_rp), 0) FROM flagged)::DOUBLE AS amount_flagged_rp`;
}

/** Every district present in the register, with 0 (not missing) where nothing was flagged, by code. */
export function overlapByDistrictSql(): string {
  return `WITH flagged AS (
  SELECT area_code, count(DISTINCT household_id) AS households_flagged, count(*) AS findings FROM overlap_findings GROUP BY area_code
)
SELECT h.area_code, a.name, a.short_name, h.households::INTEGER AS households,
  coalesce(f.households_flagged, 0)::INTEGER AS households_flagged, coalesce(f.findings, 0)::INTEGER AS findings,
  (coalesce(f.households_flagged, 0) / h.households)::DOUBLE AS share_flagged
FROM register_districts h
JOIN areas a ON a.bps_code = h.area_code
LEFT JOIN flagged f ON f.area_code = h.area_code
ORDER BY h.area_code`;
}

/** Findings per check, rule and pair of programmes, with both programmes' names, most frequent first. */
export function overlapByPairSql(): string {
  return `SELECT f."check", f.rule_id, f.programme_a, f.programme_b,
  ka.name_id AS name_a_id, ka.name_en AS name_a_en, kb.name_id AS name_b_id, kb.name_en AS name_b_en,
  r.reason_id, r.reason_en,
  count(*)::INTEGER AS findings, count(DISTINCT f.household_id)::INTEGER AS households,
  sum(f.payments)::INTEGER AS payments, sum(f.amount_rp)::DOUBLE AS amount_rp
FROM overlap_findings f
LEFT JOIN programme_kinds ka ON ka.programme_id = f.programme_a
LEFT JOIN programme_kinds kb ON kb.programme_id = f.programme_b
LEFT JOIN overlap_rules r ON r.rule_id = f.rule_id
GROUP BY ALL
ORDER BY findings DESC, f."check", f.rule_id, f.programme_a, f.programme_b`;
}

/** Findings by month and check, for every month of the register (0 where none). */
export function overlapByMonthSql(): string {
  return `WITH counts AS (
  SELECT month, count(*) FILTER ("check" = 'same_kind') AS same_kind, count(*) FILTER ("check" = 'rule') AS rule, count(*) AS findings
  FROM overlap_findings GROUP BY month
)
SELECT m.month, coalesce(c.same_kind, 0)::INTEGER AS same_kind_findings, coalesce(c.rule, 0)::INTEGER AS rule_findings,
  coalesce(c.findings, 0)::INTEGER AS findings
FROM register_months m LEFT JOIN counts c ON c.month = m.month
ORDER BY m.month`;
}
