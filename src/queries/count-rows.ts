import { sqlIdent } from './sql-literal.ts';

/** The number of rows of a table, as an INTEGER so no bigint reaches JavaScript. */
export function countRowsSql(table: string): string {
  return `SELECT count(*)::INTEGER AS n FROM ${sqlIdent(table)}`;
}
