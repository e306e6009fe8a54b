import type { Table } from 'apache-arrow';
import type { Row } from './connection.ts';

/** Converts an Arrow result table to plain objects, with any stray bigint made a number. */
export function arrowRows<T = Row>(table: Table): T[] {
  return table.toArray().map((r) => plainRow(r.toJSON()) as T);
}

function plainRow(row: Record<string, unknown>): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(row)) out[k] = typeof v === 'bigint' ? Number(v) : v;
  return out;
}
