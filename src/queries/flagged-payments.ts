import { sqlIdent } from './sql-literal.ts';

/**
 * The register rows involved in the findings of `findings` (a table or CTE shaped like overlap_findings),
 * each once. A finding groups every row of its programmes in its household and period, so rows of
 * either programme in that period are exactly the rows it involves; a row in two findings
 * (same kind and a rule) is still one payment here, which is why totals read this, not sum(payments).
 * The few findings are turned into the register index's codes (overlap-prepare.ts), so the million
 * rows are matched on integers.
 */
export function flaggedPaymentsQuerySql(findings = 'overlap_findings'): string {
  return `SELECT DISTINCT r.payment_id, h.household_id, h.area_code, p.programme_id, m.month, r.amount_rp
FROM ${sqlIdent(findings)} f JOIN register_households h ON h.household_id = f.household_id
  JOIN register_programmes p ON p.programme_id IN (f.programme_a, f.programme_b)
  JOIN register_months m ON f.period = CASE WHEN length(f.period) = 4 THEN left(m.month, 4) ELSE m.month END
  JOIN register_ix r ON r.hh = h.hh AND r.p = p.p AND r.m = m.m`;
}
