import { sqlIdent } from './sql-literal.ts';

function using(key: string[]): string {
  return `USING (${key.map(sqlIdent).join(', ')})`;
}

/** How many rows of a table an incoming table would replace: those with the same key. */
export function countReplacedSql(table: string, incoming: string, key: string[]): string {
  return `SELECT count(*)::INTEGER AS n FROM ${sqlIdent(table)} SEMI JOIN ${sqlIdent(incoming)} ${using(key)}`;
}

/**
 * Adds an incoming table's rows to a table of the same columns; an incoming row replaces the row with
 * its key. One statement, so the table is either as it was or fully merged.
 */
export function mergeRowsSql(table: string, incoming: string, key: string[]): string {
  const t = sqlIdent(table);
  return `CREATE OR REPLACE TABLE ${t} AS
SELECT * FROM ${t} ANTI JOIN ${sqlIdent(incoming)} ${using(key)}
UNION ALL
SELECT * FROM ${sqlIdent(incoming)}`;
}
