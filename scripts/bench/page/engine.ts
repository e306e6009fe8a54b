import type { DbConnection } from '../../../src/data/connection.ts';
import { createBrowserConnection } from '../../../src/data/duckdb-browser.ts';
import { lazy } from '../../../src/data/lazy.ts';
import { tableCheckSql, tableTypesSql } from '../table-check-sql.ts';
import type { TableCheck } from '../protocol.ts';

/** The page's DuckDB: the app's own browser connection (worker, same bundles, same settings). */
export const engine: () => Promise<DbConnection> = lazy(createBrowserConnection);

/** Fetches a file of the bench site as bytes. */
export async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** What a table holds, to check that every reader loaded the same rows with the same types. */
export async function checkTable(conn: DbConnection, table: string): Promise<TableCheck> {
  const [check] = await conn.query<{ rows: number; fingerprint: string }>(tableCheckSql(table));
  const [types] = await conn.query<{ types: string }>(tableTypesSql(table));
  return { rows: check!.rows, fingerprint: check!.fingerprint, types: types!.types };
}
