import { sqlIdent } from './sql-literal.ts';

/**
 * The register rows involved in the findings of `findings` (a table or CTE shaped like overlap_findings),
 * each once. A finding groups every row of its programmes in its household and period, so rows of
 * either programme in that period are exactly the rows it involves; a row in two findings
 * (same kind and a rule) is still one payment here, which is why totals read this, not sum(payments).
 */
export function flaggedPaymentsQuerySql(findings = 'overlap_findings'): string {
  return `SELECT DISTINCT r.payment_id, r.household_id, r.area_code, r.programme_id, r.month, r.amount_rp
FROM register r JOIN ${sqlIdent(findings)} f ON f.household_id = r.household_id
  AND r.programme_id IN (f.programme_a, f.programme_b)
  AND f.period = CASE WHEN length(f.period) = 4 THEN left(r.month, 4) ELSE r.month END`;
}
