import type { ColumnRule } from './column-types.ts';
import { SQL_TYPE, parseExpr, type DecimalMark } from './parse-value.ts';
import { sqlIdent } from './sql-literal.ts';

/** What promotion needs: the validated staging table, the live table and its schema. */
export interface PromoteParams {
  /** The validated staging, in file order (every staging is built in `_row` order). */
  stage: string;
  table: string;
  columns: ColumnRule[];
  present: string[];
  decimal: DecimalMark;
  /** Columns staged with a type that fits the schema: cast, not parsed. */
  typed?: string[];
  /** A table of rejected row numbers (`_row`) to leave out: the user chose to load only the valid rows. */
  exclude?: string;
}

function columnExpr(c: ColumnRule, present: string[], decimal: DecimalMark, typed: string[]): string {
  const value = present.includes(c.name)
    ? parseExpr(c.name, c.type, decimal, typed.includes(c.name))
    : `NULL::${SQL_TYPE[c.type]}`;
  return `${value} AS ${sqlIdent(c.name)}`;
}

/**
 * Replaces the live table with the typed rows of a validated staging table, in file order.
 * One statement, so the live table is either the old one or the new one, never half of each.
 * A staging is in file order and a projection keeps it (DuckDB preserves insertion order), so the rows are
 * sorted only when some are left out: sorting five million rows cost as much again as the copy.
 */
export function promoteStagedSql({
  stage,
  table,
  columns,
  present,
  decimal,
  typed = [],
  exclude,
}: PromoteParams): string {
  const select = columns.map((c) => columnExpr(c, present, decimal, typed)).join(',\n  ');
  const rows = exclude ? ` WHERE _row NOT IN (SELECT _row FROM ${sqlIdent(exclude)}) ORDER BY _row` : '';
  return `CREATE OR REPLACE TABLE ${sqlIdent(table)} AS
SELECT
  ${select}
FROM ${sqlIdent(stage)}${rows}`;
}

/** What a proven file's promotion needs: the table its Arrow was ingested into, and the live table's schema. */
export interface PromoteProvenParams {
  source: string;
  table: string;
  columns: ColumnRule[];
  present: string[];
  /** Columns whose own type fits the schema: cast, not parsed. The others are read as text. */
  typed: string[];
}

/**
 * Replaces the live table straight from a proven Parquet file's ingested rows, in their order: the same
 * values as staging and promotion give (typed columns cast, the rest parsed from text), with no staging copy
 * and no row numbers, since a proven file has no cell to report.
 */
export function promoteProvenSql({ source, table, columns, present, typed }: PromoteProvenParams): string {
  const inner = present.map((c) =>
    typed.includes(c) ? sqlIdent(c) : `CAST(${sqlIdent(c)} AS VARCHAR) AS ${sqlIdent(c)}`,
  );
  const select = columns.map((c) => columnExpr(c, present, '.', typed)).join(',\n  ');
  return `CREATE OR REPLACE TABLE ${sqlIdent(table)} AS
SELECT
  ${select}
FROM (SELECT ${inner.join(', ')} FROM ${sqlIdent(source)})`;
}

/**
 * Replaces the live table by renaming an ingested table that already is its rows (a canonical proven file):
 * no copy. One transaction, so the live table is the old one or the new one; the caller rolls back on failure.
 */
export function replaceByRenameSql(source: string, table: string): string {
  return `BEGIN TRANSACTION;
DROP TABLE IF EXISTS ${sqlIdent(table)};
ALTER TABLE ${sqlIdent(source)} RENAME TO ${sqlIdent(table)};
COMMIT`;
}
