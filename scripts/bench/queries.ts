import { readFile } from 'node:fs/promises';
import type { Browser, Page } from '@playwright/test';
import type { DbConnection } from '../../src/data/connection.ts';
import { decodeParquetNode } from '../../src/data/parquet-decoder-node.ts';
import { defaultBaseYear, type YearCoverage } from '../../src/domain/default-base-year.ts';
import { districtChangeSql, districtYearsSql } from '../../src/queries/district-change.ts';
import { openBenchPage } from './decoders.ts';
import { fingerprint } from './fingerprint.ts';
import { openNodeBundle } from './node-bundle.ts';
import type { BenchWindow, QueryRun } from './protocol.ts';
import { SYNTHETIC_QUERY_SQL } from './table-check-sql.ts';

/** A statement run alternately in Node and in the browser on the same data, with both runs of each round. */
export interface QueryComparison {
  name: string;
  sql: string;
  rounds: { node: QueryRun; browser: QueryRun }[];
}

/** Where both sides find the data: the site's dataset folder, and the synthetic file on disk and by URL. */
export interface QueryData {
  datasetsDir: string;
  syntheticFile: string;
  syntheticUrl: string;
}

/**
 * Times the app's district-change query (and an aggregation over the synthetic file) on duckdb-wasm's
 * Node build and in the browser, rounds interleaved so both sides see the same machine state.
 */
export async function compareQueries(
  browser: Browser,
  pageUrl: string,
  data: QueryData,
  rounds: number,
): Promise<QueryComparison[]> {
  const conn = await openNodeDatabase(data);
  const { page, close } = await openBenchPage(browser, pageUrl);
  try {
    await page.evaluate((u) => (window as unknown as BenchWindow).openQueryBench(u), data.syntheticUrl);
    const queries = [
      { name: 'district-change (app query, bundled data)', sql: await districtChange(conn) },
      { name: 'synthetic 1M-row group-by', sql: SYNTHETIC_QUERY_SQL },
    ];
    const results: QueryComparison[] = [];
    for (const q of queries) results.push({ ...q, rounds: await interleave(conn, page, q.sql, rounds) });
    return results;
  } finally {
    await close();
    await conn.close();
  }
}

// The same files the page gets, loaded by the app's own loader and decoder.
async function openNodeDatabase({ datasetsDir, syntheticFile }: QueryData): Promise<DbConnection> {
  const { conn } = await openNodeBundle(datasetsDir);
  await conn.insertArrowIPC('synthetic', await decodeParquetNode(new Uint8Array(await readFile(syntheticFile))));
  return conn;
}

// The base year the districts view picks by default, so the statement is the one users get.
async function districtChange(conn: DbConnection): Promise<string> {
  const years = await conn.query<YearCoverage>(districtYearsSql());
  return districtChangeSql({ baseYear: defaultBaseYear(years) ?? 0 });
}

async function interleave(
  conn: DbConnection,
  page: Page,
  sql: string,
  rounds: number,
): Promise<QueryComparison['rounds']> {
  await nodeQuery(conn, sql);
  await browserQuery(page, sql);
  const out: QueryComparison['rounds'] = [];
  for (let r = 0; r < rounds; r++) {
    // Alternate which side goes first, so neither always runs right after the other.
    const node = r % 2 === 0 ? await nodeQuery(conn, sql) : null;
    const browserRun = await browserQuery(page, sql);
    out.push({ node: node ?? (await nodeQuery(conn, sql)), browser: browserRun });
  }
  return out;
}

async function nodeQuery(conn: DbConnection, sql: string): Promise<QueryRun> {
  const start = performance.now();
  const rows = await conn.query(sql);
  return { ms: performance.now() - start, rows: rows.length, fingerprint: fingerprint(rows) };
}

function browserQuery(page: Page, sql: string): Promise<QueryRun> {
  return page.evaluate((s) => (window as unknown as BenchWindow).runQuery(s), sql);
}
