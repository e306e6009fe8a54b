import { sqlIdent } from './sql-literal.ts';

/** Copies a typed table (from Parquet via Arrow) into a staging table of text columns numbered by row. */
export function stageTableSql(stage: string, source: string): string {
  return `CREATE OR REPLACE TEMP TABLE ${sqlIdent(stage)} AS
SELECT row_number() OVER ()::INTEGER AS _row, CAST(COLUMNS(*) AS VARCHAR)
FROM ${sqlIdent(source)}`;
}

/**
 * Like stageTableSql, but the named columns keep their own (numeric) type instead of becoming text, so
 * a typed Parquet column is validated as values, not parsed back from text. `columns` lists every column.
 */
export function stageTypedTableSql(stage: string, source: string, columns: string[], typed: string[]): string {
  const select = columns.map((c) =>
    typed.includes(c) ? sqlIdent(c) : `CAST(${sqlIdent(c)} AS VARCHAR) AS ${sqlIdent(c)}`,
  );
  return `CREATE OR REPLACE TEMP TABLE ${sqlIdent(stage)} AS
SELECT row_number() OVER ()::INTEGER AS _row, ${select.join(', ')}
FROM ${sqlIdent(source)}`;
}

/** The columns of a table with their DuckDB types, in order. */
export function tableColumnTypesSql(table: string): string {
  return `SELECT column_name AS name, column_type AS type FROM (DESCRIBE ${sqlIdent(table)})`;
}

/** The column names of a table, in order. */
export function tableColumnsSql(table: string): string {
  return `SELECT column_name AS name FROM (DESCRIBE ${sqlIdent(table)})`;
}

/** Drops a table if it exists. */
export function dropTableSql(table: string): string {
  return `DROP TABLE IF EXISTS ${sqlIdent(table)}`;
}

/** Drops a view if it exists. */
export function dropViewSql(view: string): string {
  return `DROP VIEW IF EXISTS ${sqlIdent(view)}`;
}
