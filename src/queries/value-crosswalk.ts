import { sqlIdent, sqlString } from './sql-literal.ts';

/** A distinct value of a staged coded column (an area, a programme), with how many rows carry it. */
export interface ColumnValueRow {
  value: string;
  rows: number;
}

/** The distinct non-empty values of a staged coded column (a handful even in a million-row list). */
export function columnValuesSql(stage: string, column: string): string {
  const c = sqlIdent(column);
  return `SELECT trim(${c}) AS value, count(*)::INTEGER AS "rows" FROM ${sqlIdent(stage)}
WHERE NULLIF(trim(${c}), '') IS NOT NULL GROUP BY trim(${c}) ORDER BY value`;
}

/**
 * Rewrites a staged coded column from the names and codes a file uses to Pantau's keys (BPS codes, programme
 * ids), for the values the crosswalk resolved; values it did not resolve stay as written, for validation to report.
 */
export function applyCrosswalkSql(
  stage: string,
  column: string,
  resolved: ReadonlyArray<readonly [string, string]>,
): string {
  if (!resolved.length) return 'SELECT 1';
  const c = sqlIdent(column);
  const cases = resolved.map(([from, to]) => `WHEN ${sqlString(from)} THEN ${sqlString(to)}`).join(' ');
  const list = resolved.map(([from]) => sqlString(from)).join(', ');
  return `UPDATE ${sqlIdent(stage)} SET ${c} = CASE trim(${c}) ${cases} END WHERE trim(${c}) IN (${list})`;
}
