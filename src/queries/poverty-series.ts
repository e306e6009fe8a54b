import { CITATION_COLUMNS, type CitationFields } from './citation-columns.ts';
import { sqlString } from './sql-literal.ts';

/** Which series to read: an area by BPS code, optionally one period only. */
export interface SeriesParams {
  areaCode: string;
  period?: 'mar' | 'sep';
}

/** One row of a poverty series, with its citation. */
export interface SeriesRow extends CitationFields {
  year: number;
  period: 'mar' | 'sep';
  rate_pct: number;
  poor_thousands: number | null;
}

/** An area's poverty observations in time order (March before September within a year). */
export function povertySeriesSql({ areaCode, period }: SeriesParams): string {
  const periodFilter = period ? ` AND period = ${sqlString(period)}` : '';
  return `SELECT year, period, rate_pct, poor_thousands, ${CITATION_COLUMNS}
FROM poverty
WHERE area_code = ${sqlString(areaCode)}${periodFilter}
ORDER BY year, period`;
}
