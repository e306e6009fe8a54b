import { sqlIdent } from './sql-literal.ts';

/** Copies a typed table (from Parquet via Arrow) into a staging table of text columns numbered by row. */
export function stageTableSql(stage: string, source: string): string {
  return `CREATE OR REPLACE TEMP TABLE ${sqlIdent(stage)} AS
SELECT row_number() OVER ()::INTEGER AS _row, CAST(COLUMNS(*) AS VARCHAR)
FROM ${sqlIdent(source)}`;
}

/** The column names of a table, in order. */
export function tableColumnsSql(table: string): string {
  return `SELECT column_name AS name FROM (DESCRIBE ${sqlIdent(table)})`;
}

/** Drops a table if it exists. */
export function dropTableSql(table: string): string {
  return `DROP TABLE IF EXISTS ${sqlIdent(table)}`;
}
