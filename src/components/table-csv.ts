import { csvField } from './csv-field.ts';
import type { TableColumn } from './table-column.ts';

/**
 * How a table is written as CSV: Indonesian spreadsheets expect `;` between fields and a decimal
 * comma, English ones `,` and a decimal point. Both start with a BOM so Excel reads UTF-8.
 */
export type CsvStyle = 'id' | 'en';

/** A table as CSV text: a header of the column labels, then one line per row, raw values where given. */
export function tableCsv<R>(columns: TableColumn<R>[], rows: R[], style: CsvStyle): string {
  const delimiter = style === 'id' ? ';' : ',';
  const line = (cells: (string | number | null)[]) => cells.map((c) => csvCell(c, style)).join(delimiter);
  const body = rows.map((row) => line(columns.map((c) => (c.raw ? c.raw(row) : c.value(row)))));
  return `\uFEFF${[line(columns.map((c) => c.label)), ...body].join('\r\n')}\r\n`;
}

/** Significant digits a raw number keeps: enough for any figure, few enough to drop binary noise (4.699999999999999 -> 4.7). */
const RAW_DIGITS = 12;

function csvCell(value: string | number | null, style: CsvStyle): string {
  if (typeof value !== 'number') return csvField(value, style === 'id' ? ';' : ',');
  if (!Number.isFinite(value)) return '';
  const text = String(Number(value.toPrecision(RAW_DIGITS)));
  return style === 'id' ? text.replace('.', ',') : text;
}
