import { sqlIdent } from './sql-literal.ts';

/**
 * How many rows of two tables with the same columns differ, row position included (rowid) unless `byPosition`
 * is false: 0 when they hold the same values (in the same order). Repeats count; NULLs compare equal, as in
 * every set operation.
 */
export function differingRowsSql(a: string, b: string, byPosition = true): string {
  const rows = (t: string) => `SELECT ${byPosition ? 'rowid AS _position, ' : ''}* FROM ${sqlIdent(t)}`;
  return `SELECT (
  (SELECT count(*) FROM (${rows(a)} EXCEPT ALL ${rows(b)})) +
  (SELECT count(*) FROM (${rows(b)} EXCEPT ALL ${rows(a)}))
)::INTEGER AS differing`;
}
