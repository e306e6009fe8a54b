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
// Kinds are numbered here (they can be edited); the rows are the index's (overlap-prepare.ts).
const SAME_KIND = `kinds AS (
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
)`;

// A rule: only households with a row of its rarer programme can hold a finding, so only their rows of
// its programmes are grouped (each row once, even when a = b), by household and window. A group
// holding a row of a and a row of b (two rows when a = b) is exactly one finding, and every row in it
// pairs with another, so all its rows are the finding's payments. A programme the register lacks has
// no code, so its rules find nothing, as they should.
const RULES = `rules AS (
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
)`;

/**
 * Every overlap finding of the register under the current programme kinds and overlap rules. Reads the
 * register's integer index (run `overlapPrepareSqls()` after the register loads) and decodes only the findings.
 * payment_id is the register's key, so distinct rows are distinct payments: the groups count rows.
 */
export function overlapFindingsQuerySql(): string {
  return `WITH ${SAME_KIND}, ${RULES}
SELECT h.household_id, h.area_code, h.village_code, h.desil::INTEGER AS desil, f."check", f.rule_id,
  a.programme_id AS programme_a, b.programme_id AS programme_b, CASE WHEN f.yearly THEN left(m.month, 4) ELSE m.month END AS period,
  m.month, f.payments::INTEGER AS payments, f.amount_rp::DOUBLE AS amount_rp
FROM (SELECT * FROM same_kind UNION ALL BY NAME SELECT * FROM rule) f
JOIN register_households h ON h.hh = f.hh JOIN register_months m ON m.m = f.m
JOIN register_programmes a ON a.p = f.pa JOIN register_programmes b ON b.p = f.pb
ORDER BY household_id, month, "check", rule_id, programme_a, programme_b`;
}

/**
 * (Re)builds the `overlap_findings` table that every overlap summary reads; run after any kind or rule
 * change, and after `overlapPrepareSqls()` when the register changes.
 */
export function overlapFindingsSql(): string {
  return `CREATE OR REPLACE TABLE overlap_findings AS
${overlapFindingsQuerySql()}`;
}
