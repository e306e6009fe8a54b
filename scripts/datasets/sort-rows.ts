import type { Cell, DataRow } from './cell.ts';

/** Sorts rows by the key columns: missing first, numbers by value, text by code unit (locale-independent). */
export function sortByKey(rows: readonly DataRow[], key: readonly string[]): DataRow[] {
  return [...rows].sort((a, b) => {
    for (const k of key) {
      const order = compareCells(a[k] ?? null, b[k] ?? null);
      if (order !== 0) return order;
    }
    return 0;
  });
}

function compareCells(a: Cell, b: Cell): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : 1;
}
