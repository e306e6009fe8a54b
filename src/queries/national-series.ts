import { CITATION_COLUMNS, type CitationFields } from './citation-columns.ts';

/** One round of Indonesia's poverty rate (BPS), with its citation. */
export interface NationalRow extends CitationFields {
  year: number;
  period: 'mar' | 'sep';
  rate_pct: number;
  poor_millions: number | null;
}

/** Indonesia's poverty series in time order (March before September within a year); a reference for the province and districts. */
export function nationalSeriesSql(): string {
  return `SELECT year, period, rate_pct, poor_millions, ${CITATION_COLUMNS}
FROM national
ORDER BY year, period`;
}
