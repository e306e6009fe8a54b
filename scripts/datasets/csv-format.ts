import type { Cell, DataRow } from './cell.ts';
import { formatNumber } from './number-text.ts';

/** Per-column number presentation for a dataset's CSV files (Parquet keeps plain doubles). */
export interface CsvNumbers {
  /** Columns whose thousands are grouped (with '.' when the decimal mark is ','). */
  groupThousands?: readonly string[];
  /** The fewest decimals per column, so that 6.10 reads "6,10" as BPS prints it. */
  minDecimals?: Readonly<Record<string, number>>;
}

/** How a CSV file is written: field delimiter, decimal mark and number presentation. */
export interface CsvStyle extends CsvNumbers {
  delimiter: string;
  decimal: '.' | ',';
}

/** Writes rows as CSV: a header of column names, LF line ends, RFC 4180 quoting, empty cells for missing values. */
export function formatCsv(rows: readonly DataRow[], columns: readonly string[], style: CsvStyle): string {
  const header = columns.map((c) => quoteField(c, style.delimiter));
  const body = rows.map((row) => columns.map((c) => formatCell(row[c] ?? null, c, style)));
  return [header, ...body].map((fields) => fields.join(style.delimiter) + '\n').join('');
}

function formatCell(value: Cell, column: string, style: CsvStyle): string {
  if (value === null) return '';
  if (typeof value === 'string') return quoteField(value, style.delimiter);
  const groupThousands = style.groupThousands?.includes(column) ?? false;
  const text = formatNumber(value, { decimal: style.decimal, groupThousands, minDecimals: style.minDecimals?.[column] ?? 0 });
  return quoteField(text, style.delimiter);
}

/** Quotes a field when it holds the delimiter, a quote or a line break, doubling inner quotes. */
export function quoteField(text: string, delimiter: string): string {
  const needsQuotes = text.includes(delimiter) || /["\r\n]/.test(text);
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}
