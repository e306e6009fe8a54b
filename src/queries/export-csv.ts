import type { ColumnType } from './column-types.ts';
import { sqlIdent } from './sql-literal.ts';

/** The columns of a table to export, with their schema types. */
export interface ExportColumn {
  name: string;
  type: ColumnType;
}

/** What an export reads: which table and columns, in which order. */
export interface ExportRowsParams {
  table: string;
  columns: ExportColumn[];
  orderBy: string[];
}

/**
 * The rows of a table to export: its schema columns, in key order. The CSV text is written by the one
 * writer (`domain/csv-text.ts`), which guards formulas and quotes as every other download does.
 */
export function exportRowsSql({ table, columns, orderBy }: ExportRowsParams): string {
  const select = columns.map((c) => sqlIdent(c.name)).join(', ');
  const order = orderBy.length ? `\nORDER BY ${orderBy.map(sqlIdent).join(', ')}` : '';
  return `SELECT ${select}\nFROM ${sqlIdent(table)}${order}`;
}
