import { districtCoverageSql, type CoverageParams } from './programme-coverage.ts';
import { sqlNumber } from './sql-literal.ts';

/** One district for the scatter: its coverage in the year and its change in the March rate since the base year. */
export interface CoverageVsChangeRow {
  area_code: string;
  name: string;
  short_name: string;
  /** Null when the district has no coverage rows (or no poor count) for the year. */
  coverage_share: number | null;
  base_rate: number | null;
  latest_year: number | null;
  latest_rate: number | null;
  /** latest_rate - base_rate in points, null when either is missing. */
  change_pp: number | null;
}

/**
 * Every district (not the province) with its coverage share in `year` and the change in its March rate
 * from `baseYear` to the latest March at or before `year`, by code; missing values are null, not dropped.
 */
export function coverageVsChangeSql({ year, baseYear, householdSize }: CoverageParams & { baseYear: number }): string {
  return `WITH cov AS (
${districtCoverageSql({ year, householdSize })}
), march AS (
  SELECT area_code, year, rate_pct FROM poverty WHERE period = 'mar' AND year <= ${sqlNumber(year)}
), latest AS (
  SELECT area_code, max(year) AS latest_year, arg_max(rate_pct, year) AS latest_rate FROM march GROUP BY area_code
), base AS (
  SELECT area_code, rate_pct AS base_rate FROM march WHERE year = ${sqlNumber(baseYear)}
)
SELECT a.bps_code AS area_code, a.name, a.short_name, c.coverage_share, b.base_rate, l.latest_year::INTEGER AS latest_year, l.latest_rate,
  round(l.latest_rate - b.base_rate, 2) AS change_pp
FROM areas a
LEFT JOIN cov c ON c.area_code = a.bps_code
LEFT JOIN latest l ON l.area_code = a.bps_code
LEFT JOIN base b ON b.area_code = a.bps_code
WHERE a.type <> 'provinsi'
ORDER BY a.bps_code`;
}
