/** A year of the coverage table and how much it holds. */
export interface CoverageYearRow {
  year: number;
  districts: number;
  programmes: number;
}

/** The years with coverage rows, oldest first: the choices of the year picker. */
export function coverageYearsSql(): string {
  return `SELECT year, count(DISTINCT area_code)::INTEGER AS districts, count(DISTINCT programme_id)::INTEGER AS programmes
FROM coverage GROUP BY year ORDER BY year`;
}
