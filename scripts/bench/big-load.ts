import type { Browser } from '@playwright/test';
import { bigRegisterCsv } from './big-load-file.ts';
import { nodeReadCsv, type NodeReadCsv } from './big-load-node.ts';
import { browserBigLoad, type BrowserBigLoad } from './big-load-page.ts';

/** The register sizes loaded by default: 1M rows, about 200 MB (the issue's "200 MB CSV"), and 5M rows. */
export const DEFAULT_BIG_ROWS = [1_000_000, 2_800_000, 5_000_000];

/** One run on one file: the load through the app in Chromium, and the Node read_csv reference right after it. */
export interface BigLoadRun {
  browser: BrowserBigLoad;
  node: NodeReadCsv;
}

/** Every run on one file size. */
export interface BigLoadFileRuns {
  rows: number;
  bytes: number;
  runs: BigLoadRun[];
}

/** The raw large-file load runs, smallest file first. */
export interface BigLoadRaw {
  files: BigLoadFileRuns[];
}

/** What to load and how often. */
export interface BigLoadPlan {
  rows: number[];
  runs: number;
}

/** The row counts in BENCH_BIG_ROWS (comma-separated, `_` allowed: `1_000_000,5_000_000`), or the defaults. */
export function bigLoadRows(value = process.env.BENCH_BIG_ROWS ?? ''): number[] {
  const items = value
    .split(',')
    .map((s) => s.trim().replaceAll('_', ''))
    .filter(Boolean);
  const rows = items.map(Number);
  const bad = items.filter((_, i) => !Number.isInteger(rows[i]) || rows[i]! <= 0);
  if (bad.length) throw new Error(`BENCH_BIG_ROWS: not a positive whole number: ${bad.join(', ')}`);
  return rows.length ? rows : [...DEFAULT_BIG_ROWS];
}

/**
 * Loads a synthetic register CSV of each size through the app's "Data Anda" page (a fresh browser
 * context each run), then reads the same file with read_csv on duckdb-wasm in Node, in turn, so that
 * each ratio compares two measurements taken minutes apart on the same machine.
 */
export async function benchBigLoad(
  browser: Browser,
  appUrl: string,
  dataDir: string,
  plan: BigLoadPlan,
  log: (m: string) => void,
): Promise<BigLoadRaw> {
  const files: BigLoadFileRuns[] = [];
  for (const rows of plan.rows) {
    const { file, bytes } = bigRegisterCsv(dataDir, rows, log);
    const runs: BigLoadRun[] = [];
    for (let r = 0; r < plan.runs; r++) {
      const browserRun = await browserBigLoad(browser, appUrl, file);
      log(
        `bigload ${rows.toLocaleString('en')} rows, run ${r + 1}/${plan.runs}: browser ${browserRun.outcome} (${describeTime(browserRun)})`,
      );
      const node = await nodeReadCsv(file);
      log(
        `bigload ${rows.toLocaleString('en')} rows, run ${r + 1}/${plan.runs}: Node read_csv ${node.ok ? `${Math.round(node.readCsvMs)} ms` : `failed: ${node.reason.split('\n')[0]}`}`,
      );
      runs.push({ browser: browserRun, node });
    }
    files.push({ rows, bytes, runs });
  }
  return { files };
}

function describeTime(run: BrowserBigLoad): string {
  const { clicked, reportAt } = run.probe;
  if (clicked !== null && reportAt !== null) return `${Math.round(reportAt - clicked)} ms to the report`;
  return run.wall.loadMs === null ? 'no load time' : `${Math.round(run.wall.loadMs)} ms after the click`;
}
