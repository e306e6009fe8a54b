import { NOTE_START_PATTERN, PROSE_MIN_WORDS, PROSE_PATTERN } from '../../queries/trailing-notes.ts';
import { nonEmptyCells } from './non-empty-cells.ts';
import type { DelimitedRecord } from './parse-delimited.ts';
import { recordText } from './record-text.ts';
import type { Delimiter } from './table-layout.ts';

// The same rules as the loader's SQL (queries/trailing-notes.ts), so the preview and the load agree.
const NOTE_START = new RegExp(NOTE_START_PATTERN.replace('\\pL', '\\p{L}'), 'iu');
const PROSE = new RegExp(PROSE_PATTERN);

/**
 * Whether a record reads as a note under a table: a first cell like "Sumber: …", "Catatan: …", "* …", or
 * only its first cell filled with prose (a sentence, a colon, four words or more). A last data row with only
 * its area filled ("Mahakam Ulu;;;") is not prose: it stays a data row, and its empty cells are reported.
 */
export function isNoteRecord(cells: string[]): boolean {
  const first = cells[0]?.trim() ?? '';
  if (first === '') return false;
  return NOTE_START.test(first) || (nonEmptyCells(cells).length === 1 && isProse(first));
}

// A sentence or a label with a colon, or four words and more; an area name or a code is neither.
function isProse(text: string): boolean {
  return PROSE.test(text) || text.split(/\s+/).length >= PROSE_MIN_WORDS;
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
