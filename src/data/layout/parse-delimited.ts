import { countLineBreaks } from './count-line-breaks.ts';
import type { Delimiter } from './table-layout.ts';

/** One record of a delimited text: its cells and the physical line (1-based) it starts on. */
export interface DelimitedRecord {
  cells: string[];
  line: number;
  /** Char offset in the text where the record starts. */
  start: number;
  /** Char offset after the record's line break (or the end of the text). */
  end: number;
}

/** Where the parser is in the text. */
interface Cursor {
  readonly text: string;
  readonly delimiter: Delimiter;
  at: number;
  line: number;
}

/** Splits delimited text into records (RFC 4180 quotes with "" escapes, LF/CRLF/CR); never throws. `complete: false` drops a trailing record that may be cut. */
export function parseDelimited(
  text: string,
  delimiter: Delimiter,
  options: { maxRecords?: number; complete?: boolean } = {},
): DelimitedRecord[] {
  const max = options.maxRecords ?? Number.POSITIVE_INFINITY;
  const cursor: Cursor = { text, delimiter, at: 0, line: 1 };
  const records: DelimitedRecord[] = [];
  while (cursor.at < text.length && records.length < max) {
    const { record, ended } = readRecord(cursor);
    // Without its line break the record may go on past the end of a sample.
    if (!ended && options.complete === false) break;
    records.push(record);
  }
  return records;
}

function readRecord(cursor: Cursor): { record: DelimitedRecord; ended: boolean } {
  const { at: start, line } = cursor;
  const cells = [readField(cursor)];
  while (cursor.text[cursor.at] === cursor.delimiter) {
    cursor.at++;
    cells.push(readField(cursor));
  }
  const ended = skipLineBreak(cursor);
  return { record: { cells, line, start, end: cursor.at }, ended };
}

function readField(cursor: Cursor): string {
  // Text after a closing quote is kept rather than refused: exports are sloppier than RFC 4180.
  return cursor.text[cursor.at] === '"' ? readQuoted(cursor) + readPlain(cursor) : readPlain(cursor);
}

function readPlain(cursor: Cursor): string {
  const { text, delimiter } = cursor;
  let end = cursor.at;
  while (end < text.length && text[end] !== delimiter && text[end] !== '\n' && text[end] !== '\r') end++;
  const value = text.slice(cursor.at, end);
  cursor.at = end;
  return value;
}

function readQuoted(cursor: Cursor): string {
  const { text } = cursor;
  let value = '';
  let from = cursor.at + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    // An unterminated quote runs to the end of the text.
    const stop = quote < 0 ? text.length : quote;
    value += text.slice(from, stop);
    cursor.line += countLineBreaks(text, from, stop);
    if (quote < 0 || text[quote + 1] !== '"') {
      cursor.at = quote < 0 ? text.length : quote + 1;
      return value;
    }
    value += '"';
    from = quote + 2;
  }
}

function skipLineBreak(cursor: Cursor): boolean {
  const ch = cursor.text[cursor.at];
  if (ch !== '\n' && ch !== '\r') return false;
  cursor.at += ch === '\r' && cursor.text[cursor.at + 1] === '\n' ? 2 : 1;
  cursor.line++;
  return true;
}
