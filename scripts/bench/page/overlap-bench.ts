import type { DbConnection } from '../../../src/data/connection.ts';
import { fetchBytes } from '../../../src/data/fetch-bytes.ts';
import { openBrowserDatabase } from '../../../src/data/open-browser-database.ts';
import { decodeParquetBrowser } from '../../../src/data/parquet-decoder-browser.ts';
import { datasetUrl } from '../../../src/data/site-url.ts';
import { engineInfo, OVERLAP_TABLES, runOverlapCheck, runRuleEdit } from '../overlap-check.ts';
import type { OverlapCheckRun, OverlapOpened, RuleEditRun } from '../protocol.ts';
import { timedRegisterLoad } from '../register-load.ts';

let database: DbConnection | undefined;

/**
 * Opens DuckDB as the app does (start-up datasets from the catalog), then loads the register the
 * way the Overlap view does on first opening; only the register load is timed.
 */
export async function openOverlapBench(): Promise<OverlapOpened> {
  const { conn, catalog, results } = await openBrowserDatabase('default');
  const failed = results.filter((r) => !r.ok && (OVERLAP_TABLES as readonly string[]).includes(r.spec.table));
  if (failed.length)
    throw new Error(`bench: datasets the overlap check needs failed to load: ${failed.map((r) => r.path).join(', ')}`);
  const load = await timedRegisterLoad(conn, catalog, (path) => fetchBytes(datasetUrl(path)), decodeParquetBrowser);
  database = conn;
  return { load, info: await engineInfo(conn) };
}

/** One run of the overlap check on the opened database, timed inside the page. */
export async function runOverlapCheckInPage(): Promise<OverlapCheckRun> {
  if (!database) throw new Error('bench: openOverlapBench first');
  return runOverlapCheck(database);
}

/** One rule edit and the check after it, on the opened database, timed inside the page. */
export async function runRuleEditInPage(n: number): Promise<RuleEditRun> {
  if (!database) throw new Error('bench: openOverlapBench first');
  return runRuleEdit(database, n);
}
