import type { DbConnection } from '../../../src/data/connection.ts';
import { openBrowserDatabase } from '../../../src/data/open-browser-database.ts';
import { decodeParquetBrowser } from '../../../src/data/parquet-decoder-browser.ts';
import { fingerprint } from '../fingerprint.ts';
import type { QueryRun } from '../protocol.ts';
import { fetchBytes } from './engine.ts';
import { timed } from './timed.ts';

let database: DbConnection | undefined;

/** Opens DuckDB the way the app does (bundled datasets, default format) and adds the synthetic table. */
export async function openQueryBench(syntheticUrl: string): Promise<void> {
  const { conn, results } = await openBrowserDatabase('default');
  const failed = results.filter((r) => !r.ok).map((r) => r.path);
  if (failed.length) throw new Error(`bench: bundled datasets failed to load: ${failed.join(', ')}`);
  await conn.insertArrowIPC('synthetic', await decodeParquetBrowser(await fetchBytes(syntheticUrl)));
  database = conn;
}

/** Runs one statement on the opened database, timed from the page (no DevTools round trip). */
export async function runQuery(sql: string): Promise<QueryRun> {
  if (!database) throw new Error('bench: openQueryBench first');
  const [rows, ms] = await timed(() => database!.query(sql));
  return { ms, rows: rows.length, fingerprint: fingerprint(rows) };
}
