import { csvText, type CsvStyle } from '../domain/csv-text.ts';
import type { TableColumn } from './table-column.ts';

/** Significant digits a raw number keeps: enough for any figure, few enough to drop binary noise (4.699999999999999 -> 4.7). */
const RAW_DIGITS = 12;

/** A table as CSV text: a header of the column labels, then one line per row, raw values where given. */
export function tableCsv<R>(columns: TableColumn<R>[], rows: R[], style: CsvStyle): string {
  const body = rows.map((row) => columns.map((c) => (c.raw ? c.raw(row) : c.value(row))));
  return csvText(
    columns.map((c) => c.label),
    body,
    style,
    { significant: RAW_DIGITS },
  );
}
