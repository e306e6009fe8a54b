/** Which check raised a finding: two benefits of the same kind in a month, or an overlap rule. */
export type OverlapCheck = 'same_kind' | 'rule';

/**
 * One overlap finding: a household, a check (and rule) and a pair of programmes in one period.
 * `payments` counts the register rows involved, each once; `amount_rp` is their sum.
 */
export interface OverlapFindingRow {
  household_id: string;
  area_code: string;
  village_code: string;
  desil: number;
  check: OverlapCheck;
  rule_id: string | null;
  programme_a: string;
  programme_b: string;
  /** 'YYYY-MM' for a month, 'YYYY' for a rule with a year window. */
  period: string;
  /** The later month of the rows involved ('YYYY-MM'). */
  month: string;
  payments: number;
  amount_rp: number;
}

// Same kind: only (household, month, kind) groups of two rows or more can hold a finding, so the
// pairing runs on those few groups, per programme. Inside such a group every row of programme a
// pairs with every row of programme b (a <> b), and every row of a programme seen twice pairs with
// another, so a finding's payments are all the rows of its programmes: n_a + n_b, or n_a when a = b.
const SAME_KIND = `kinded AS (
  SELECT r.household_id, r.area_code, r.village_code, r.desil, r.programme_id, r.month, r.amount_rp, k.kind
  FROM register r JOIN programme_kinds k ON k.programme_id = r.programme_id
), kind_groups AS (
  SELECT household_id, month, kind FROM kinded GROUP BY household_id, month, kind HAVING count(*) > 1
), kind_programmes AS (
  SELECT household_id, month, kind, programme_id, count(*) AS n, sum(amount_rp) AS amount_rp,
    min(area_code) AS area_code, min(village_code) AS village_code, min(desil) AS desil
  FROM kinded SEMI JOIN kind_groups USING (household_id, month, kind)
  GROUP BY household_id, month, kind, programme_id
), same_kind AS (
  SELECT a.household_id, least(a.area_code, b.area_code) AS area_code, least(a.village_code, b.village_code) AS village_code,
    least(a.desil, b.desil) AS desil, 'same_kind' AS "check", NULL::VARCHAR AS rule_id,
    a.programme_id AS programme_a, b.programme_id AS programme_b, a.month AS period, a.month,
    CASE WHEN a.programme_id = b.programme_id THEN a.n ELSE a.n + b.n END AS payments,
    CASE WHEN a.programme_id = b.programme_id THEN a.amount_rp ELSE a.amount_rp + b.amount_rp END AS amount_rp
  FROM kind_programmes a JOIN kind_programmes b
    ON b.household_id = a.household_id AND b.month = a.month AND b.kind = a.kind AND a.programme_id <= b.programme_id
  WHERE a.programme_id < b.programme_id OR a.n > 1
)`;

// A rule: each register row joins the rules it is a side of (once, even when a = b), grouped by
// household and window. A group holding a row of a and a row of b (two rows when a = b) is exactly
// one finding, and every row in it pairs with another, so all its rows are the finding's payments.
const RULES = `rule_sides AS (
  SELECT DISTINCT rule_id, programme_a, programme_b, "window", unnest([programme_a, programme_b]) AS programme_id FROM overlap_rules
), rule_rows AS (
  SELECT r.household_id, r.area_code, r.village_code, r.desil, r.programme_id, r.month, r.amount_rp,
    s.rule_id, s.programme_a, s.programme_b, CASE s."window" WHEN 'year' THEN left(r.month, 4) ELSE r.month END AS period
  FROM register r JOIN rule_sides s ON s.programme_id = r.programme_id
), rule AS (
  SELECT household_id, min(area_code) AS area_code, min(village_code) AS village_code, min(desil) AS desil,
    'rule' AS "check", rule_id, programme_a, programme_b, period, max(month) AS month, count(*) AS payments, sum(amount_rp) AS amount_rp
  FROM rule_rows GROUP BY household_id, rule_id, programme_a, programme_b, period
  HAVING count(*) > 1 AND bool_or(programme_id = programme_a) AND bool_or(programme_id = programme_b)
)`;

/**
 * Every overlap finding of the register under the current programme kinds and overlap rules.
 * payment_id is the register's key, so distinct rows are distinct payments: the groups count rows.
 */
export function overlapFindingsQuerySql(): string {
  return `WITH ${SAME_KIND}, ${RULES}
SELECT household_id, area_code, village_code, desil::INTEGER AS desil, "check", rule_id, programme_a, programme_b, period, month,
  payments::INTEGER AS payments, amount_rp::DOUBLE AS amount_rp
FROM (SELECT * FROM same_kind UNION ALL BY NAME SELECT * FROM rule)
ORDER BY household_id, month, "check", rule_id, programme_a, programme_b`;
}

/** (Re)builds the `overlap_findings` table that every overlap summary reads; run after any register, kind or rule change. */
export function overlapFindingsSql(): string {
  return `CREATE OR REPLACE TABLE overlap_findings AS
${overlapFindingsQuerySql()}`;
}
