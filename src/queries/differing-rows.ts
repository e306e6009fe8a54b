import { sqlIdent } from './sql-literal.ts';

/**
 * How many rows of two tables with the same columns differ, row position included (rowid): 0 when they
 * hold the same values in the same order. NULLs compare equal, as in every set operation.
 */
export function differingRowsSql(a: string, b: string): string {
  const rows = (t: string) => `SELECT rowid AS _position, * FROM ${sqlIdent(t)}`;
  return `SELECT (
  (SELECT count(*) FROM (${rows(a)} EXCEPT ALL ${rows(b)})) +
  (SELECT count(*) FROM (${rows(b)} EXCEPT ALL ${rows(a)}))
)::INTEGER AS differing`;
}

/** Like differingRowsSql, order aside: how many rows one table has that the other lacks, counting repeats. */
export function differingRowsAnyOrderSql(a: string, b: string): string {
  const rows = (t: string) => `FROM ${sqlIdent(t)}`;
  return `SELECT (
  (SELECT count(*) FROM (${rows(a)} EXCEPT ALL ${rows(b)})) +
  (SELECT count(*) FROM (${rows(b)} EXCEPT ALL ${rows(a)}))
)::INTEGER AS differing`;
}
