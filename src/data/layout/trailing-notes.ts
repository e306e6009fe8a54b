import { nonEmptyCells } from './non-empty-cells.ts';
import type { DelimitedRecord } from './parse-delimited.ts';
import { recordText } from './record-text.ts';
import type { Delimiter } from './table-layout.ts';

/** How BPS and Satu Data start a note under a table; "Sumberjaya" (a place) is not "Sumber:". */
const NOTE_START = /^(?:(?:sumber|source|catatan|notes?|keterangan)\b|ket\.|[*¹²³]|-\s*\p{L})/iu;

/** Whether a record reads as a note under a table: only its first cell filled, or a first cell like "Sumber: …", "Catatan: …", "* …". */
export function isNoteRecord(cells: string[]): boolean {
  const first = cells[0]?.trim() ?? '';
  if (first === '') return false;
  return nonEmptyCells(cells).length === 1 || NOTE_START.test(first);
}

/** Index where the run of note (and blank) records ending the records starts, looking no earlier than `from`. */
export function notesStart(records: readonly DelimitedRecord[], from = 0): number {
  let start = records.length;
  while (start > from && isNoteOrBlank(records[start - 1]?.cells ?? [])) start--;
  return start;
}

/** Texts of the note records that end the records (blank records skipped), in file order. */
export function trailingNotes(records: readonly DelimitedRecord[], delimiter: Delimiter, from = 0): string[] {
  return records
    .slice(notesStart(records, from))
    .filter(({ cells }) => nonEmptyCells(cells).length > 0)
    .map(({ cells }) => recordText(cells, delimiter));
}

function isNoteOrBlank(cells: string[]): boolean {
  return nonEmptyCells(cells).length === 0 || isNoteRecord(cells);
}
