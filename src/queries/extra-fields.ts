import { sqlIdent } from './sql-literal.ts';

/**
 * The first line of a staged CSV with a value in a column beyond the header (NULL if none).
 * DuckDB pads a line with more fields than the header into extra unnamed columns instead of failing.
 */
export function firstExtraFieldRowSql(stage: string, extraColumns: string[]): string {
  const filled = extraColumns.map((c) => `${sqlIdent(c)} IS NOT NULL`).join(' OR ');
  return `SELECT min(_row)::INTEGER AS "row" FROM ${sqlIdent(stage)} WHERE ${filled || 'false'}`;
}
