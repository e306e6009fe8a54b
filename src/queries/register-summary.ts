/** The register at a glance, for the view's header. */
export interface RegisterSummaryRow {
  households: number;
  payments: number;
  amount_rp: number | null;
  /** 'YYYY-MM'; null for an empty register. */
  first_month: string | null;
  last_month: string | null;
  months: number;
  programmes: number;
  districts: number;
}

/** One row: households, payments, rupiah, the months covered, programmes and districts of the register. */
export function registerSummarySql(): string {
  return `SELECT count(DISTINCT household_id)::INTEGER AS households, count(*)::INTEGER AS payments, sum(amount_rp)::DOUBLE AS amount_rp,
  min(month) AS first_month, max(month) AS last_month, count(DISTINCT month)::INTEGER AS months,
  count(DISTINCT programme_id)::INTEGER AS programmes, count(DISTINCT area_code)::INTEGER AS districts
FROM register`;
}
