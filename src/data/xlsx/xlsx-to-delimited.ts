import type { Cell } from './cell.ts';
import { cellField } from './cell-field.ts';
import { sheetDecimalMark } from './sheet-decimal-mark.ts';

/**
 * Rows of cells written as comma-separated text for the CSV loader: numbers written with the decimal
 * mark the sheet's text cells use (so "7,28" typed as text and 7.28 stored as a number agree), dates as
 * YYYY-MM-DD, quotes where needed.
 */
export function xlsxToDelimited(rows: Cell[][]): { text: string; decimal: '.' | ',' } {
  const decimal = sheetDecimalMark(rows);
  // reduce, not Math.max(...): a sheet can have a million rows, beyond the argument limit.
  const width = rows.reduce((most, row) => Math.max(most, row.length), 0);
  const lines = rows.map((row) =>
    Array.from({ length: width }, (_, i) => cellField(row[i] ?? null, decimal)).join(','),
  );
  return { text: lines.map((line) => `${line}\n`).join(''), decimal };
}
