import type { SeriesRow } from './poverty-series.ts';
import { CITATION_COLUMNS } from './citation-columns.ts';
import { sqlString } from './sql-literal.ts';

/** A poverty observation of one of several areas. */
export interface AreaSeriesRow extends SeriesRow {
  area_code: string;
}

/** The poverty observations of several areas, by area then time (March before September); none for no areas. */
export function areasSeriesSql(areaCodes: readonly string[]): string {
  const filter = areaCodes.length ? `area_code IN (${areaCodes.map(sqlString).join(', ')})` : 'FALSE';
  return `SELECT area_code, year, period, rate_pct, poor_thousands, ${CITATION_COLUMNS}
FROM poverty
WHERE ${filter}
ORDER BY area_code, year, period`;
}
