/** The latest year with a March poverty rate for any district. */
export interface LatestMarchYearRow {
  year: number | null;
}

/** The latest March year of district poverty data (the coverage view's default year is capped by it). */
export function latestMarchYearSql(): string {
  return `SELECT max(p.year)::INTEGER AS year FROM poverty p JOIN areas a ON a.bps_code = p.area_code
WHERE p.period = 'mar' AND a.type <> 'provinsi'`;
}
