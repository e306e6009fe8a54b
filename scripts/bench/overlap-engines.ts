import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { decodeParquetNode } from '../../src/data/parquet-decoder-node.ts';
import { openBenchPage } from './decoders.ts';
import { openNodeBundle } from './node-bundle.ts';
import { engineInfo, runOverlapCheck, runRuleEdit } from './overlap-check.ts';
import type { BenchWindow, OverlapCheckRun, OverlapOpened, RuleEditRun } from './protocol.ts';
import { timedRegisterLoad } from './register-load.ts';

/** A fresh engine holding the overlap data: how its load went, and the check to run on it. */
export interface OverlapSession {
  opened: OverlapOpened;
  check(): Promise<OverlapCheckRun>;
  /** One rule edit and the check after it (engines that run the app's loader). */
  edit?(n: number): Promise<RuleEditRun>;
  close(): Promise<void>;
}

/** One engine the overlap check is compared on; every open() starts it anew (a cold engine). */
export interface OverlapEngine {
  key: string;
  label: string;
  /** The package and version that runs DuckDB in this engine. */
  library: string;
  /** How this engine loads the register, for the report. */
  loader: string;
  open(): Promise<OverlapSession>;
}

// The package does not export its package.json; find it from a file it does export.
const require = createRequire(import.meta.url);
const wasmPackage = path.resolve(
  path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs')),
  '..',
  'package.json',
);
const WASM_LIBRARY = `@duckdb/duckdb-wasm ${(JSON.parse(readFileSync(wasmPackage, 'utf8')) as { version: string }).version}`;

/** The bench page in Chromium: the app's worker-based duckdb-wasm, data loaded as the app does. */
export function browserOverlapEngine(browser: Browser, pageUrl: string): OverlapEngine {
  const open = async (): Promise<OverlapSession> => {
    const { page, close } = await openBenchPage(browser, pageUrl);
    try {
      const opened = await page.evaluate(() => (window as unknown as BenchWindow).openOverlapBench());
      return {
        opened,
        check: () => page.evaluate(() => (window as unknown as BenchWindow).runOverlapCheck()),
        edit: (n) => page.evaluate((i) => (window as unknown as BenchWindow).runRuleEdit(i), n),
        close,
      };
    } catch (error) {
      await close();
      throw error;
    }
  };
  return {
    key: 'browser',
    label: 'browser (Chromium)',
    library: WASM_LIBRARY,
    loader:
      'app loader (the bundled database file, attached and copied with its index tables, when it matches its proof)',
    open,
  };
}

/** duckdb-wasm's Node build (src/data/duckdb-node.ts), data loaded by the same loader as in the browser. */
export function nodeWasmOverlapEngine(datasetsDir: string): OverlapEngine {
  const open = async (): Promise<OverlapSession> => {
    const { conn, catalog, read } = await openNodeBundle(datasetsDir);
    try {
      const load = await timedRegisterLoad(conn, catalog, read, decodeParquetNode);
      return {
        opened: { load, info: await engineInfo(conn) },
        check: () => runOverlapCheck(conn),
        edit: (n) => runRuleEdit(conn, n),
        close: () => conn.close(),
      };
    } catch (error) {
      await conn.close();
      throw error;
    }
  };
  return {
    key: 'node-wasm',
    label: 'Node (duckdb-wasm)',
    library: WASM_LIBRARY,
    loader:
      'app loader (the bundled database file, attached and copied with its index tables, when it matches its proof)',
    open,
  };
}
