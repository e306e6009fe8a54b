import { sqlString } from './sql-literal.ts';

/** An area's name and population, its latest March figures beyond the rate, and its rank among the districts that year. */
export interface AreaProfileRow {
  area_code: string;
  name: string;
  short_name: string;
  type: 'provinsi' | 'kabupaten' | 'kota';
  kemendagri_code: string;
  population_thousands: number;
  latest_year: number | null;
  poverty_line_rp: number | null;
  p1: number | null;
  p2: number | null;
  /** 1 for the highest rate among the districts in latest_year; null for the province. */
  rank: number | null;
  /** How many districts have a March rate in latest_year. */
  ranked: number | null;
}

/**
 * One area's profile: names, population, the latest March year with its poverty line, P1 and P2, and
 * its rank by rate among the districts (kabupaten and kota) with a figure that year, highest first.
 */
export function areaProfileSql(areaCode: string): string {
  const code = sqlString(areaCode);
  return `WITH latest AS (
  SELECT * FROM poverty WHERE area_code = ${code} AND period = 'mar' ORDER BY year DESC LIMIT 1
), ranked AS (
  SELECT p.area_code, rank() OVER (ORDER BY p.rate_pct DESC)::INTEGER AS rank, count(*) OVER ()::INTEGER AS ranked
  FROM poverty p JOIN areas a ON a.bps_code = p.area_code
  WHERE p.period = 'mar' AND a.type <> 'provinsi' AND p.year = (SELECT year FROM latest)
)
SELECT a.bps_code AS area_code, a.name, a.short_name, a.type, a.kemendagri_code, a.population_2025_thousands AS population_thousands,
  l.year AS latest_year, l.poverty_line_rp, l.p1, l.p2, r.rank, r.ranked
FROM areas a
LEFT JOIN latest l ON l.area_code = a.bps_code
LEFT JOIN ranked r ON r.area_code = a.bps_code
WHERE a.bps_code = ${code}`;
}
