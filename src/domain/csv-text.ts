// The one CSV writer: every file Pantau offers for download (chart tables, datasets, templates, the
// overlap list, a load's problems) is written here, so they all quote, guard and end lines alike.

/**
 * How a CSV is written: Indonesian spreadsheets expect `;` between fields and a decimal comma ('id');
 * other tools `,` and a decimal point ('plain'). The loader reads each style back with the same options.
 */
export type CsvStyle = 'id' | 'plain';

/** The delimiter and decimal mark of each style. */
export const CSV_STYLES: Record<CsvStyle, { delimiter: ';' | ','; decimal: ',' | '.' }> = {
  id: { delimiter: ';', decimal: ',' },
  plain: { delimiter: ',', decimal: '.' },
};

/** What a cell can hold: text, a number (written in the style's decimal mark), or nothing (an empty field). */
export type CsvValue = string | number | null | undefined;

/** The UTF-8 byte-order mark, which Excel needs to read a CSV as UTF-8 rather than the local code page. */
export const CSV_BOM = '\uFEFF';

// A spreadsheet runs a cell starting with one of these as a formula (OWASP "CSV injection"); names,
// notes and ids come from users' files, so such a text is written with a leading apostrophe.
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text that a spreadsheet would run as a formula, with the apostrophe that makes it text. */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * A number as CSV text: the shortest digits that read back as the same number, or `significant`
 * digits when given (12 drops binary noise from computed figures: 4.699999999999999 -> 4.7).
 */
export function csvNumber(value: number, style: CsvStyle, significant?: number): string {
  if (!Number.isFinite(value)) return '';
  const text = String(significant ? Number(value.toPrecision(significant)) : value);
  return CSV_STYLES[style].decimal === ',' ? text.replace('.', ',') : text;
}

/**
 * One field (RFC 4180): numbers in the style's decimal mark and never guarded (a negative number stays
 * a number); text guarded against formulas, then quoted when it holds the delimiter, a quote, a line
 * break or edge spaces.
 */
export function csvField(value: CsvValue, style: CsvStyle, significant?: number): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return csvNumber(value, style, significant);
  const text = guardFormula(value);
  const special = text.includes(CSV_STYLES[style].delimiter) || /["\r\n]/.test(text) || text !== text.trim();
  return special ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One line of fields in a style, without its line end. */
export function csvLine(values: readonly CsvValue[], style: CsvStyle, significant?: number): string {
  return values.map((v) => csvField(v, style, significant)).join(CSV_STYLES[style].delimiter);
}

/** Options of a whole file: significant digits for numbers (see `csvNumber`). */
export interface CsvTextOptions {
  significant?: number;
}

/** Lines per part of a long file. */
const PART_LINES = 10_000;

/**
 * A whole CSV file as text parts: the BOM and header first, then the rows, every line ended by CRLF.
 * Parts (about `PART_LINES` lines each) rather than one string, so a large dataset becomes a Blob or
 * bytes without one giant string.
 */
export function csvParts(
  header: readonly string[],
  rows: Iterable<readonly CsvValue[]>,
  style: CsvStyle,
  options: CsvTextOptions = {},
): string[] {
  const parts: string[] = [];
  let lines = [csvLine(header, style)];
  for (const row of rows) {
    lines.push(csvLine(row, style, options.significant));
    if (lines.length >= PART_LINES) {
      parts.push(`${lines.join('\r\n')}\r\n`);
      lines = [];
    }
  }
  if (lines.length) parts.push(`${lines.join('\r\n')}\r\n`);
  parts[0] = `${CSV_BOM}${parts[0] ?? ''}`;
  return parts;
}

/** A whole CSV file as one string (see `csvParts`); for tables that fit on a page. */
export function csvText(
  header: readonly string[],
  rows: Iterable<readonly CsvValue[]>,
  style: CsvStyle,
  options: CsvTextOptions = {},
): string {
  return csvParts(header, rows, style, options).join('');
}

/** A whole CSV file as UTF-8 bytes (see `csvParts`). */
export function csvBytes(
  header: readonly string[],
  rows: Iterable<readonly CsvValue[]>,
  style: CsvStyle,
  options: CsvTextOptions = {},
): Uint8Array {
  const encoder = new TextEncoder();
  const chunks = csvParts(header, rows, style, options).map((p) => encoder.encode(p));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
