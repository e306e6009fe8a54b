import { byteOffset } from './byte-offset.ts';
import { countLineBreaks } from './count-line-breaks.ts';
import { decodeAs, decodeText, type DecodedText } from './decode-text.ts';
import { findHeader } from './find-header.ts';
import { isSecondHeaderRow, mergeHeaderRows } from './merge-header-rows.ts';
import { nonEmptyCells } from './non-empty-cells.ts';
import { parseDelimited, type DelimitedRecord } from './parse-delimited.ts';
import { recordText } from './record-text.ts';
import { sniffDecimal } from './sniff-decimal.ts';
import { sniffDelimiter } from './sniff-delimiter.ts';
import type { Delimiter, TableLayout } from './table-layout.ts';
import { notesStart, trailingNotes } from './trailing-notes.ts';
import { yearColumns } from './year-columns.ts';

/** What the user chose in the layout selectors; each one given overrides the sniff. */
export interface LayoutOverrides {
  delimiter?: Delimiter;
  decimal?: '.' | ',';
  headerLine?: number;
}

const PREVIEW_RECORDS = 20;
/** Records whose cells vote on the decimal mark; more would only cost time. */
const DECIMAL_SAMPLE = 2000;

/** The head sample, parsed. */
interface Sample {
  decoded: DecodedText;
  delimiter: Delimiter;
  records: DelimitedRecord[];
  /** Whether the head is the whole file (no tail given), so its last record is not cut. */
  complete: boolean;
}

/** The header record(s) and the labels they give. */
interface HeaderBlock {
  index: number;
  rows: 1 | 2;
  headers: string[];
}

/** Works out delimiter, decimal mark, title rows, header rows, year columns and trailing notes from the file's first bytes (and optionally its last bytes). */
export function detectLayout(head: Uint8Array, tail?: Uint8Array | null, options: LayoutOverrides = {}): TableLayout {
  const complete = tail == null;
  const decoded = decodeText(head, complete);
  const delimiter = options.delimiter ?? sniffDelimiter(decoded.text, complete);
  const sample = { decoded, delimiter, records: readRecords(decoded.text, delimiter, complete), complete };
  if (sample.records.every(isBlank)) return emptyLayout(decoded, delimiter, options.decimal);
  const block = headerBlock(sample.records, options.headerLine);
  const notes = block.headers.length < 2 ? [] : notesOf(sample, block, tail);
  return { ...describe(sample, block, options.decimal), trailingNotes: notes };
}

/** Everything but the trailing notes, once the header is known. */
function describe(sample: Sample, block: HeaderBlock, decimal?: '.' | ','): Omit<TableLayout, 'trailingNotes'> {
  const { decoded, delimiter, records } = sample;
  const data = dataRecords(sample, block);
  const start = dataStart(sample, block);
  return {
    encoding: decoded.encoding,
    delimiter,
    decimal: decimal ?? sniffDecimal(dataCells(data, block.headers), delimiter),
    titleLines: filled(records.slice(0, block.index)).map(({ cells }) => recordText(cells, delimiter)),
    headerLine: records[block.index]?.line ?? 1,
    headerRows: block.rows,
    headers: block.headers,
    dataStartLine: start.line,
    dataStartByte: byteOffset(decoded, start.at),
    columnCount: block.headers.length,
    preview: data.slice(0, PREVIEW_RECORDS).map(({ cells }) => cells.map((cell) => cell.trim())),
    years: yearColumns(block.headers),
  };
}

function readRecords(text: string, delimiter: Delimiter, complete: boolean): DelimitedRecord[] {
  const records = parseDelimited(text, delimiter, { complete });
  // A head that is one cut record still has a header worth showing.
  return records.length > 0 || complete ? records : parseDelimited(text, delimiter);
}

function headerBlock(records: readonly DelimitedRecord[], headerLine?: number): HeaderBlock {
  const index = findHeader(records, headerLine);
  const upper = records[index]?.cells ?? [];
  const lower = records[index + 1]?.cells;
  if (isSecondHeaderRow(upper, lower)) return { index, rows: 2, headers: mergeHeaderRows(upper, lower ?? []) };
  return { index, rows: 1, headers: upper.map((cell) => cell.trim()) };
}

/** The non-blank records under the header; in a whole file, the notes at its end are not data. */
function dataRecords({ records, complete }: Sample, block: HeaderBlock): DelimitedRecord[] {
  const from = block.index + block.rows;
  const to = complete ? notesStart(records, from) : records.length;
  return filled(records.slice(from, to));
}

/** Where the first data record starts (char offset and physical line); just after the header when there is none. */
function dataStart({ decoded, records }: Sample, block: HeaderBlock): { at: number; line: number } {
  const afterHeader = block.index + block.rows;
  const first = records.slice(afterHeader).find((record) => !isBlank(record));
  if (first) return { at: first.start, line: first.line };
  const last = records[afterHeader - 1];
  if (!last) return { at: 0, line: 1 };
  // A header with no line break after it ends the file; the data would still start on the next line.
  const ended = /[\r\n]/.test(decoded.text[last.end - 1] ?? '');
  return { at: last.end, line: last.line + countLineBreaks(decoded.text, last.start, last.end) + (ended ? 0 : 1) };
}

// A column named for places or codes holds Kemendagri codes ("64.01") and names, not numbers with a decimal
// mark: its "64.01" must not outvote the "0,00" of a decimal-comma rate. What follows "menurut"/"by" names the
// table's breakdown ("Persentase … Menurut Kabupaten/Kota" is a rate), so it is not read.
const PLACE_OR_CODE =
  /(?:^|[^\p{L}])(?:kode|code|kd|wilayah|kabupaten|kab|kota|provinsi|prov|kecamatan|desa|kelurahan|kemendagri|region|district|area)(?:[^\p{L}]|$)/iu;
const isPlaceOrCode = (header: string) => PLACE_OR_CODE.test(header.split(/\s(?:menurut|by)\s/i)[0] ?? '');

/** The cells that vote on the decimal mark: every data cell but those of place and code columns. */
function* dataCells(records: readonly DelimitedRecord[], headers: readonly string[]): Iterable<string> {
  const skipped = new Set(headers.flatMap((header, i) => (isPlaceOrCode(header) ? [i] : [])));
  for (const record of records.slice(0, DECIMAL_SAMPLE))
    for (const [i, cell] of record.cells.entries()) if (!skipped.has(i)) yield cell;
}

/** The notes ending the file: from the head when it is the whole file, else from the tail. */
function notesOf(sample: Sample, block: HeaderBlock, tail: Uint8Array | null | undefined): string[] {
  if (sample.complete || !tail) return trailingNotes(sample.records, sample.delimiter, block.index + block.rows);
  return trailingNotes(tailRecords(tail, sample.decoded, sample.delimiter), sample.delimiter);
}

/** The tail's records, after dropping its first line, which may be the cut end of a record. */
function tailRecords(tail: Uint8Array, decoded: DecodedText, delimiter: Delimiter): DelimitedRecord[] {
  const text = decodeAs(tail, decoded.encoding);
  const firstBreak = /\r\n|\r|\n/.exec(text);
  return firstBreak ? parseDelimited(text.slice(firstBreak.index + firstBreak[0].length), delimiter) : [];
}

function filled(records: readonly DelimitedRecord[]): DelimitedRecord[] {
  return records.filter((record) => !isBlank(record));
}

function isBlank(record: DelimitedRecord): boolean {
  return nonEmptyCells(record.cells).length === 0;
}

/** The layout of a file with nothing in it; the caller reports it as empty (columnCount 0). */
function emptyLayout(decoded: DecodedText, delimiter: Delimiter, decimal?: '.' | ','): TableLayout {
  return {
    encoding: decoded.encoding,
    delimiter,
    decimal: decimal ?? (delimiter === ';' ? ',' : '.'),
    titleLines: [],
    headerLine: 1,
    headerRows: 0,
    headers: [],
    dataStartLine: 1,
    dataStartByte: decoded.bomBytes,
    columnCount: 0,
    preview: [],
    years: [],
    trailingNotes: [],
  };
}
