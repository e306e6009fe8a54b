import { sqlNumber } from './sql-literal.ts';

/** One area's latest March rate and its change since the base year (null where the base year is missing). */
export interface DistrictChangeRow {
  area_code: string;
  name: string;
  short_name: string;
  type: 'provinsi' | 'kabupaten' | 'kota';
  latest_year: number;
  latest_rate: number;
  latest_source: string;
  base_rate: number | null;
  base_source: string | null;
  change_pp: number | null;
}

/**
 * Every area's latest March rate, its March rate in the base year and the change, highest rate first.
 * March only: district figures are annual (March), so March is compared with March.
 */
export function districtChangeSql({ baseYear }: { baseYear: number }): string {
  return `WITH march AS (
  SELECT area_code, year, rate_pct, source FROM poverty WHERE period = 'mar'
), latest AS (
  SELECT area_code, max(year) AS latest_year, arg_max(rate_pct, year) AS latest_rate, arg_max(source, year) AS latest_source
  FROM march GROUP BY area_code
), base AS (
  SELECT area_code, rate_pct AS base_rate, source AS base_source FROM march WHERE year = ${sqlNumber(baseYear)}
)
SELECT a.bps_code AS area_code, a.name, a.short_name, a.type, l.latest_year, l.latest_rate, l.latest_source,
  b.base_rate, b.base_source, round(l.latest_rate - b.base_rate, 2) AS change_pp
FROM areas a
JOIN latest l ON l.area_code = a.bps_code
LEFT JOIN base b ON b.area_code = a.bps_code
ORDER BY l.latest_rate DESC, a.bps_code`;
}

/** The March years with district rates and how many districts each has: the choices of base year. */
export function districtYearsSql(): string {
  return `SELECT p.year, count(*)::INTEGER AS districts FROM poverty p JOIN areas a ON a.bps_code = p.area_code
WHERE p.period = 'mar' AND a.type <> 'provinsi' GROUP BY p.year ORDER BY p.year`;
}
