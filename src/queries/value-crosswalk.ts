import { sqlIdent, sqlString } from './sql-literal.ts';

/** A distinct value of a staged coded column (an area, a programme) as written, trimmed, and how many rows carry it. */
export interface ColumnValueRow {
  /** The cell exactly as staged, spaces and all. */
  raw: string | null;
  /** The cell trimmed, as the crosswalk reads it; NULL for an empty cell (the required check reports those). */
  value: string | null;
  rows: number;
}

/**
 * The distinct values of a staged coded column (a handful even in a million-row list), empty ones included.
 * Rows are grouped by the value as written and only the groups are trimmed: a filter on the trimmed value
 * would be pushed below the grouping by DuckDB's optimizer and trim every cell, five times the grouping's cost.
 */
export function columnValuesSql(stage: string, column: string): string {
  return `SELECT raw, NULLIF(trim(raw), '') AS value, "rows" FROM (
  SELECT ${sqlIdent(column)} AS raw, count(*)::INTEGER AS "rows" FROM ${sqlIdent(stage)} GROUP BY ${sqlIdent(column)}
) ORDER BY value, raw`;
}

/** Per staged column, the values as written (`raw`) that the crosswalk rewrites, each with the key it becomes. */
export type ColumnRewrites = Readonly<Record<string, ReadonlyArray<readonly [string, string]>>>;

/**
 * The staged rows with coded columns rewritten from the names and codes a file uses to Pantau's keys (BPS codes,
 * programme ids), as a view over the staging: values the crosswalk did not resolve stay as written, for
 * validation to report. A view, so a large file is not copied to rewrite a handful of distinct values.
 */
export function crosswalkViewSql(view: string, stage: string, rewrites: ColumnRewrites): string {
  const replaced = Object.entries(rewrites)
    .filter(([, pairs]) => pairs.length)
    .map(([column, pairs]) => {
      const c = sqlIdent(column);
      const whens = pairs.map(([from, to]) => `WHEN ${sqlString(from)} THEN ${sqlString(to)}`).join(' ');
      return `CASE ${c} ${whens} ELSE ${c} END AS ${c}`;
    });
  const select = replaced.length ? `* REPLACE (${replaced.join(', ')})` : '*';
  return `CREATE OR REPLACE TEMP VIEW ${sqlIdent(view)} AS SELECT ${select} FROM ${sqlIdent(stage)}`;
}
