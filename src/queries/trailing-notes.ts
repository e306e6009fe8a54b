import { rawColumn } from './raw-table.ts';
import { sqlIdent, sqlNumber } from './sql-literal.ts';

/** A note or source row found below the data ("Sumber: BPS …"), skipped and reported. */
export interface TrailingNoteRow {
  row: number;
  text: string | null;
}

/** How BPS and Satu Data start a note under a table ("Sumber: …", "Catatan: …", "* …"); "Sumberjaya" is a place. */
export const NOTE_START_PATTERN = '^(?:(?:sumber|source|catatan|notes?|keterangan)\\b|ket\\.|[*¹²³]|-\\s*\\pL)';
/** Prose in a record's only cell: a sentence, or a label with a colon. (Four words and more are prose too.) */
export const PROSE_PATTERN = '[.:;!?)]$|:\\s';
export const PROSE_MIN_WORDS = 4;

// A note: a first cell that starts like one, or only the first cell filled with prose (a sentence, a colon,
// four words and more). A last data row with only its area filled ("Mahakam Ulu;;") is not prose: it stays
// data, and its empty cells are reported. Blank records go with the notes.
function noteLike(columnCount: number): string {
  const first = `NULLIF(trim(${rawColumn(0)}), '')`;
  const rest = Array.from({ length: columnCount - 1 }, (_, i) => `NULLIF(trim(${rawColumn(i + 1)}), '') IS NULL`);
  const start = `regexp_matches(${first}, '(?i)${NOTE_START_PATTERN}')`;
  const prose = `(regexp_matches(${first}, '${PROSE_PATTERN}') OR len(string_split_regex(${first}, '\\s+')) >= ${PROSE_MIN_WORDS})`;
  if (!rest.length) return 'false';
  return `(coalesce(${start}, false) OR (${rest.join(' AND ')} AND (${first} IS NULL OR ${prose})))`;
}

/**
 * The records after the last data record that hold at most one cell: the source and note lines BPS and
 * Satu Data put below a table. Note-like records in the middle of the data are left to validation.
 * `lastData`: the last data record's row when already known (`lastDataRowSql`), so the whole table is not
 * tested for notes again.
 */
export function trailingNotesSql(raw: string, columnCount: number, lastData?: number): string {
  const t = sqlIdent(raw);
  const note = noteLike(columnCount);
  const after =
    lastData === undefined ? `coalesce((SELECT max(_row) FROM ${t} WHERE NOT (${note})), 0)` : sqlNumber(lastData);
  return `SELECT _row AS "row", trim(c1) AS text FROM ${t}
WHERE _row > ${after} AND ${note}
ORDER BY _row`;
}

/**
 * The last data record (not note-like) among the records of the last `tail` lines, or NULL when they are all
 * notes. Notes sit below the data, so this is the whole table's last data record unless notes fill the tail:
 * testing a million records' first cell against the note patterns took 1.7 s of a 12 s load.
 */
export function lastDataRowSql(raw: string, columnCount: number, tail: number): string {
  const t = sqlIdent(raw);
  return `SELECT max(_row) AS "row" FROM ${t}
WHERE _row > (SELECT max(_row) FROM ${t}) - ${sqlNumber(tail)} AND NOT (${noteLike(columnCount)})`;
}

/** Removes the records from `firstRow` on (the trailing notes) from a raw staging table. */
export function deleteRowsFromSql(raw: string, firstRow: number): string {
  return `DELETE FROM ${sqlIdent(raw)} WHERE _row >= ${Math.trunc(firstRow)}`;
}
