import { sqlIdent, sqlString } from './sql-literal.ts';

// A bundled database file is attached read-only under an alias, its tables copied out, then detached.

/** Attaches a registered database file, read-only. */
export function attachSql(file: string, alias: string): string {
  return `ATTACH ${sqlString(file)} AS ${sqlIdent(alias)} (READ_ONLY)`;
}

/** Detaches it again (nothing if it is not attached). */
export function detachSql(alias: string): string {
  return `DETACH DATABASE IF EXISTS ${sqlIdent(alias)}`;
}

/** The columns of an attached table with their DuckDB types, in order. */
export function attachedColumnTypesSql(alias: string, table: string): string {
  return `SELECT column_name AS name, column_type AS type FROM (DESCRIBE ${sqlIdent(alias)}.${sqlIdent(table)})`;
}

/** The rows of an attached table, as an INTEGER. */
export function attachedRowCountSql(alias: string, table: string): string {
  return `SELECT count(*)::INTEGER AS n FROM ${sqlIdent(alias)}.${sqlIdent(table)}`;
}

/** Copies attached tables into the live database under their own names, all or none. */
export function copyAttachedTablesSql(alias: string, tables: readonly string[]): string {
  const copies = tables.map((t) => `CREATE OR REPLACE TABLE ${sqlIdent(t)} AS FROM ${sqlIdent(alias)}.${sqlIdent(t)};`);
  return ['BEGIN TRANSACTION;', ...copies, 'COMMIT'].join('\n');
}
