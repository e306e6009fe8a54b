import { rawColumn } from './raw-table.ts';
import { sqlIdent } from './sql-literal.ts';

/** A note or source row found below the data ("Sumber: BPS …"), skipped and reported. */
export interface TrailingNoteRow {
  row: number;
  text: string | null;
}

// A record with no more than its first cell filled is not data: a title, a source line or a note.
function noteLike(columnCount: number): string {
  const rest = Array.from({ length: columnCount - 1 }, (_, i) => `NULLIF(trim(${rawColumn(i + 1)}), '') IS NULL`);
  return rest.length ? rest.join(' AND ') : 'false';
}

/**
 * The records after the last data record that hold at most one cell: the source and note lines BPS and
 * Satu Data put below a table. Note-like records in the middle of the data are left to validation.
 */
export function trailingNotesSql(raw: string, columnCount: number): string {
  const t = sqlIdent(raw);
  const note = noteLike(columnCount);
  return `SELECT _row AS "row", trim(c1) AS text FROM ${t}
WHERE _row > coalesce((SELECT max(_row) FROM ${t} WHERE NOT (${note})), 0) AND ${note}
ORDER BY _row`;
}

/** Removes the records from `firstRow` on (the trailing notes) from a raw staging table. */
export function deleteRowsFromSql(raw: string, firstRow: number): string {
  return `DELETE FROM ${sqlIdent(raw)} WHERE _row >= ${Math.trunc(firstRow)}`;
}
