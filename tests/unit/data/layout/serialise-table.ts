import type { Delimiter } from '../../../../src/data/layout/table-layout.ts';

/** A table written as delimited text, quoting (RFC 4180) only the cells that need it; every record ends with `lineEnd`. */
export function serialiseTable(rows: readonly (readonly string[])[], delimiter: Delimiter, lineEnd: string): string {
  return rows.map((cells) => cells.map((cell) => quoted(cell, delimiter)).join(delimiter) + lineEnd).join('');
}

function quoted(cell: string, delimiter: Delimiter): string {
  const needs = cell.includes(delimiter) || /["\r\n]/.test(cell);
  return needs ? `"${cell.replaceAll('"', '""')}"` : cell;
}
