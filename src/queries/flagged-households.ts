import { flaggedPaymentsQuerySql } from './flagged-payments.ts';
import { sqlString } from './sql-literal.ts';

/** One household with at least one finding, for the follow-up list. */
export interface FlaggedHouseholdRow {
  household_id: string;
  area_code: string;
  village_code: string;
  desil: number;
  findings: number;
  /** Its findings in month order, e.g. "same_kind 2025-03 kukar_pangan+sembako; R4 2025 kaltim_uep+kukar_pemberdayaan". */
  checks: string;
  /** Distinct register rows involved, and their sum (a row in two findings counted once). */
  payments: number;
  amount_rp: number;
}

// The spec's words and codes, so the list reads the same in either language and can be searched.
const LABEL = `CASE "check" WHEN 'rule' THEN rule_id ELSE 'same_kind' END || ' ' || period || ' ' || programme_a || '+' || programme_b`;

// Within a month 'same_kind' comes before 'rule' (DESC): the plain fact before the rule it also breaks.
const ORDER = `month, "check" DESC, rule_id, programme_a, programme_b`;

/** Every flagged household (optionally of one district), by district, village and id. */
export function flaggedHouseholdsSql({ areaCode }: { areaCode?: string } = {}): string {
  const where = areaCode === undefined ? '' : `\n  WHERE area_code = ${sqlString(areaCode)}`;
  return `WITH findings AS (
  SELECT * FROM overlap_findings${where}
), households AS (
  SELECT household_id, min(area_code) AS area_code, min(village_code) AS village_code, min(desil) AS desil, count(*) AS findings,
    string_agg(${LABEL}, '; ' ORDER BY ${ORDER}) AS checks
  FROM findings GROUP BY household_id
), payments AS (
  SELECT household_id, count(*) AS payments, sum(amount_rp) AS amount_rp FROM (
${flaggedPaymentsQuerySql('findings')}
  ) GROUP BY household_id
)
SELECT h.household_id, h.area_code, h.village_code, h.desil::INTEGER AS desil, h.findings::INTEGER AS findings, h.checks,
  p.payments::INTEGER AS payments, p.amount_rp::DOUBLE AS amount_rp
FROM households h JOIN payments p ON p.household_id = h.household_id
ORDER BY h.area_code, h.village_code, h.household_id`;
}
