/**
 * The performance bench (`npm run bench`, after `vite build`). Measures, in one run so that ratios
 * compare like with like on a noisy machine:
 *   1. (pages) cold loads of the built site: time to first chart, DuckDB ready, data loaded; bytes by kind;
 *   2. (readers) Parquet readers in the browser: parquet-wasm (the app's) against hyparquet, cold and
 *      warm, on the bundled poverty.parquet and a generated 1,000,000-row file;
 *   3. (queries) the same query on duckdb-wasm in Node and in the browser;
 *   4. (overlap) the overlap check on the 1M-row register in the browser, in Node (duckdb-wasm) and on
 *      native DuckDB (all threads and one), and the browser's register load;
 *   5. (bigload) very large register CSVs loaded through the app's "Data Anda" page, against read_csv in
 *      Node: load times by phase, progress, and how long the page went without painting.
 * Writes bench-results/bench.json and prints markdown tables. BENCH_RUNS sets the run count (default 5);
 * BENCH_ONLY=overlap (or any comma-separated parts) runs only those, into bench-<parts>.json.
 * BENCH_BIG_ROWS (comma-separated row counts) and BENCH_BIG_RUNS (default 3) set the bigload part.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { benchBigLoad, bigLoadRows, type BigLoadRaw } from './bench/big-load.ts';
import { summarizeBigLoad } from './bench/big-load-summary.ts';
import { buildBenchPage, type ReaderDownload } from './bench/build-page.ts';
import { launchChromium } from './bench/chromium.ts';
import { coldDecodes, warmDecodes } from './bench/decoders.ts';
import { benchOverlap, type OverlapRaw } from './bench/overlap.ts';
import { summarizeOverlap } from './bench/overlap-summaries.ts';
import { coldPageLoad, type PageLoadRun } from './bench/page-loads.ts';
import { firstLoadJs } from './bench/first-load-js.ts';
import { resultsFileName, selectedParts } from './bench/parts.ts';
import type { ColdRun, FileRuns } from './bench/protocol.ts';
import { compareQueries, type QueryComparison } from './bench/queries.ts';
import { markdownReport, MODEL_MBIT_PER_S, type BenchMeta, type BenchSummary } from './bench/report.ts';
import { snapshotSite } from './bench/site-snapshot.ts';
import { startStaticServer, type StaticServer } from './bench/static-server.ts';
import {
  summarizeCold,
  summarizeFile,
  summarizePageLoads,
  summarizeQuery,
  totalBytesRatio,
  variantRatios,
} from './bench/summaries.ts';
import { syntheticParquet } from './bench/synthetic-parquet.ts';

const OUT = path.resolve('bench-results');
const PARTS = selectedParts();
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS) || 5);
const SYNTHETIC_ROWS = 1_000_000;
// Query rounds are cheap (milliseconds), so take more of them than page loads.
const QUERY_ROUNDS = Math.max(10, RUNS * 2);
// Issue 14: the p95 of 20 warm rule edits.
const RULE_EDITS = 20;
// Each bigload run loads hundreds of megabytes, so it has its own run count: three, so that a ratio is a median
// and not one run at the machine's mercy (one 2.8M-row run took 6.2 × read_csv where the next took 4.0).
const BIG_RUNS = Math.max(1, Number(process.env.BENCH_BIG_RUNS) || 3);
const BIG_ROWS = bigLoadRows();
const VARIANTS: { name: string; query: string; serviceWorkers: 'allow' | 'block' }[] = [
  { name: 'default (start-up files as CSV)', query: '', serviceWorkers: 'block' },
  // Every start-up file as Parquet: what reading them with parquet-wasm would cost.
  { name: 'parquet bundle (?bundle=parquet)', query: '?bundle=parquet', serviceWorkers: 'block' },
  // The same first visit with the offline cache at work: it must not download any file twice.
  { name: 'default, service worker on', query: '', serviceWorkers: 'allow' },
  // A shared link to the Overlap view: its register (6 MB) is needed before anything shows.
  { name: 'Overlap view from a shared link (?view=overlap)', query: '?view=overlap', serviceWorkers: 'block' },
];

function log(message: string): void {
  console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

/** Writes the generated Parquet file where the server can reach it; returns its path. */
async function writeSynthetic(): Promise<string> {
  const file = path.join(OUT, 'data', 'synthetic-1m.parquet');
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, syntheticParquet(SYNTHETIC_ROWS));
  return file;
}

/** RUNS cold loads of each variant, the variant order alternating so neither always goes first. */
async function pageLoads(browser: Browser, server: StaticServer): Promise<Record<string, PageLoadRun[]>> {
  const runs: Record<string, PageLoadRun[]> = Object.fromEntries(VARIANTS.map((v) => [v.name, []]));
  for (let i = 0; i < RUNS; i++) {
    const order = i % 2 ? [...VARIANTS].reverse() : VARIANTS;
    for (const v of order)
      runs[v.name]!.push(
        await coldPageLoad(browser, server, `${server.origin}/pantau/${v.query}`, v.name, v.serviceWorkers),
      );
    log(`page load run ${i + 1}/${RUNS} done`);
  }
  return runs;
}

/** Everything the browser needs: a copy of the site, the synthetic file (when a part reads it), the bench page, a server. */
async function prepare(): Promise<{
  site: string;
  syntheticFile: string;
  downloads: ReaderDownload[];
  server: StaticServer;
}> {
  if (!existsSync('dist/index.html'))
    throw new Error('dist/ is missing: run `npx vite build` first (npm run bench does)');
  const site = await snapshotSite('dist', path.join(OUT, 'site'));
  const needsSynthetic = PARTS.includes('readers') || PARTS.includes('queries');
  if (needsSynthetic) log(`generating ${SYNTHETIC_ROWS.toLocaleString('en')}-row Parquet file`);
  const syntheticFile = needsSynthetic ? await writeSynthetic() : '';
  log('building the bench page');
  const downloads = await buildBenchPage(path.join(OUT, 'page'));
  const server = await startStaticServer([
    { prefix: '/pantau/', dir: site },
    { prefix: '/bench/', dir: path.join(OUT, 'page') },
    // The bench page reads the site's own dataset files, as the app does from its base URL.
    { prefix: '/bench/datasets/', dir: path.join(site, 'datasets') },
    { prefix: '/bench/data/', dir: path.join(OUT, 'data') },
  ]);
  return { site, syntheticFile, downloads, server };
}

/** The raw runs of every part that ran. */
interface RawRuns {
  loads?: Record<string, PageLoadRun[]>;
  cold?: ColdRun[][];
  warm?: FileRuns[];
  queries?: QueryComparison[];
  overlap?: OverlapRaw;
  bigLoad?: BigLoadRaw;
}

/** Runs the selected measurements in one browser, in a fixed order. */
async function measure(browser: Browser, server: StaticServer, site: string, syntheticFile: string): Promise<RawRuns> {
  const benchUrl = `${server.origin}/bench/`;
  const datasetsDir = path.join(site, 'datasets');
  const raw: RawRuns = {};
  if (PARTS.includes('pages')) raw.loads = await pageLoads(browser, server);
  if (PARTS.includes('readers')) {
    log('cold first-file decodes');
    raw.cold = await coldDecodes(browser, benchUrl, 'datasets/poverty.parquet', RUNS);
    log('warm decode rounds');
    raw.warm = await warmDecodes(browser, benchUrl, ['datasets/poverty.parquet', 'data/synthetic-1m.parquet'], RUNS);
  }
  if (PARTS.includes('queries')) {
    log('Node vs browser queries');
    raw.queries = await compareQueries(
      browser,
      benchUrl,
      { datasetsDir, syntheticFile, syntheticUrl: 'data/synthetic-1m.parquet' },
      QUERY_ROUNDS,
    );
  }
  if (PARTS.includes('overlap')) {
    log('overlap check: browser, Node (duckdb-wasm), native DuckDB');
    raw.overlap = await benchOverlap(
      browser,
      benchUrl,
      datasetsDir,
      { sessions: RUNS, rounds: QUERY_ROUNDS, edits: RULE_EDITS },
      log,
    );
  }
  if (PARTS.includes('bigload')) {
    log(
      `large CSV loads through "Data Anda": ${BIG_ROWS.map((r) => r.toLocaleString('en')).join(', ')} rows, ${BIG_RUNS} run(s) each`,
    );
    await mkdir(path.join(OUT, 'data'), { recursive: true });
    raw.bigLoad = await benchBigLoad(
      browser,
      `${server.origin}/pantau/?view=data`,
      path.join(OUT, 'data'),
      { rows: BIG_ROWS, runs: BIG_RUNS },
      log,
    );
  }
  return raw;
}

function summarizeAll(raw: RawRuns, downloads: ReaderDownload[], site: string): BenchSummary {
  const loads = raw.loads;
  return {
    ...(loads && { appJs: firstLoadJs(site) }),
    ...(loads && { pageLoads: VARIANTS.map((v) => summarizePageLoads(v.name, loads[v.name]!)) }),
    ...(loads && { parquetOverDefault: variantRatios(loads[VARIANTS[1]!.name]!, loads[VARIANTS[0]!.name]!) }),
    ...(loads && { serviceWorkerBytes: totalBytesRatio(loads[VARIANTS[2]!.name]!, loads[VARIANTS[0]!.name]!) }),
    ...(raw.cold && { cold: summarizeCold(raw.cold, downloads) }),
    ...(raw.warm && { warm: raw.warm.map(summarizeFile) }),
    ...(raw.queries && { queries: raw.queries.map(summarizeQuery) }),
    ...(raw.overlap && { overlap: summarizeOverlap(raw.overlap) }),
    ...(raw.bigLoad && { bigLoad: summarizeBigLoad(raw.bigLoad) }),
  };
}

async function main(): Promise<void> {
  const started = performance.now();
  const { site, syntheticFile, downloads, server } = await prepare();
  const browser = await launchChromium();
  try {
    const raw = await measure(browser, server, site, syntheticFile);
    const summary = summarizeAll(raw, downloads, site);
    const meta: BenchMeta = {
      date: new Date().toISOString(),
      runs: RUNS,
      queryRounds: QUERY_ROUNDS,
      syntheticRows: SYNTHETIC_ROWS,
      node: process.version,
      chromium: browser.version(),
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? '',
      modelMbitPerS: MODEL_MBIT_PER_S,
      parts: PARTS,
      seconds: Math.round((performance.now() - started) / 1000),
    };
    const file = resultsFileName(PARTS);
    await writeFile(path.join(OUT, file), JSON.stringify({ meta, summary, raw: { ...raw, downloads } }, null, 2));
    console.log(markdownReport(meta, summary));
    log(`done in ${meta.seconds} s; results in bench-results/${file}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
