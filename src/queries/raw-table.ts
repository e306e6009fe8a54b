import { sqlIdent, sqlNumber } from './sql-literal.ts';

/** The positional name of a user file's column in a raw staging table: c1, c2, … (headers may repeat or be empty). */
export function rawColumn(index: number): string {
  return `c${index + 1}`;
}

/** An empty raw staging table: the record's row number and one text column per file column. */
export function createRawTableSql(raw: string, columnCount: number): string {
  const columns = Array.from({ length: columnCount }, (_, i) => `${rawColumn(i)} VARCHAR`);
  return `CREATE OR REPLACE TEMP TABLE ${sqlIdent(raw)} (_row INTEGER${columns.map((c) => `, ${c}`).join('')})`;
}

/**
 * The highest row number in a staging table from row `from` on (NULL when there is none). The lower
 * bound lets DuckDB skip the row groups written before, so asking after each chunk costs a chunk, not the table.
 */
export function maxRowSql(table: string, from = 0): string {
  return `SELECT max(_row) AS "row" FROM ${sqlIdent(table)} WHERE _row >= ${sqlNumber(from)}`;
}

/** The first records of a raw staging table, in file order, without the row number. */
export function rawPreviewSql(raw: string, limit: number): string {
  return `SELECT * EXCLUDE (_row) FROM ${sqlIdent(raw)} ORDER BY _row LIMIT ${Math.trunc(limit)}`;
}

/** The first and last row numbers of a staging table (NULLs when empty). */
export function rowRangeSql(table: string): string {
  return `SELECT min(_row) AS "from", max(_row) AS "to" FROM ${sqlIdent(table)}`;
}
