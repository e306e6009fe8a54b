/**
 * The performance bench (`npm run bench`, after `vite build`). Measures, in one run so that ratios
 * compare like with like on a noisy machine:
 *   1. cold loads of the built site: time to first chart, DuckDB ready, data loaded; bytes by kind;
 *   2. Parquet readers in the browser: parquet-wasm (the app's) against hyparquet, cold and warm,
 *      on the bundled poverty.parquet and a generated 1,000,000-row file;
 *   3. the same query on duckdb-wasm in Node and in the browser.
 * Writes bench-results/bench.json and prints markdown tables. BENCH_RUNS sets the run count (default 5).
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { buildBenchPage, type ReaderDownload } from './bench/build-page.ts';
import { launchChromium } from './bench/chromium.ts';
import { coldDecodes, warmDecodes } from './bench/decoders.ts';
import { coldPageLoad, type PageLoadRun } from './bench/page-loads.ts';
import { compareQueries } from './bench/queries.ts';
import { markdownReport, MODEL_MBIT_PER_S, type BenchMeta, type BenchSummary } from './bench/report.ts';
import { snapshotSite } from './bench/site-snapshot.ts';
import { startStaticServer, type StaticServer } from './bench/static-server.ts';
import { summarizeCold, summarizeFile, summarizePageLoads, summarizeQuery, variantRatios } from './bench/summaries.ts';
import { syntheticParquet } from './bench/synthetic-parquet.ts';

const OUT = path.resolve('bench-results');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS) || 5);
const SYNTHETIC_ROWS = 1_000_000;
// Query rounds are cheap (milliseconds), so take more of them than page loads.
const QUERY_ROUNDS = Math.max(10, RUNS * 2);
const VARIANTS = [
  { name: 'parquet bundle (default)', query: '' },
  { name: 'csv bundle (?bundle=csv)', query: '?bundle=csv' },
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
    for (const v of order) runs[v.name]!.push(await coldPageLoad(browser, server, `${server.origin}/pantau/${v.query}`, v.name));
    log(`page load run ${i + 1}/${RUNS} done`);
  }
  return runs;
}

/** Everything the browser needs: a copy of the site, the synthetic file, the bench page, a server. */
async function prepare(): Promise<{ site: string; syntheticFile: string; downloads: ReaderDownload[]; server: StaticServer }> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npx vite build` first (npm run bench does)');
  const site = await snapshotSite('dist', path.join(OUT, 'site'));
  log(`generating ${SYNTHETIC_ROWS.toLocaleString('en')}-row Parquet file`);
  const syntheticFile = await writeSynthetic();
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

/** Runs every measurement in one browser, in a fixed order. */
async function measure(browser: Browser, server: StaticServer, site: string, syntheticFile: string) {
  const benchUrl = `${server.origin}/bench/`;
  const loads = await pageLoads(browser, server);
  log('cold first-file decodes');
  const cold = await coldDecodes(browser, benchUrl, 'datasets/poverty.parquet', RUNS);
  log('warm decode rounds');
  const warm = await warmDecodes(browser, benchUrl, ['datasets/poverty.parquet', 'data/synthetic-1m.parquet'], RUNS);
  log('Node vs browser queries');
  const queryData = { datasetsDir: path.join(site, 'datasets'), syntheticFile, syntheticUrl: 'data/synthetic-1m.parquet' };
  const queries = await compareQueries(browser, benchUrl, queryData, QUERY_ROUNDS);
  return { loads, cold, warm, queries };
}

function summarizeAll(raw: Awaited<ReturnType<typeof measure>>, downloads: ReaderDownload[]): BenchSummary {
  return {
    pageLoads: VARIANTS.map((v) => summarizePageLoads(v.name, raw.loads[v.name]!)),
    csvOverParquet: variantRatios(raw.loads[VARIANTS[1]!.name]!, raw.loads[VARIANTS[0]!.name]!),
    cold: summarizeCold(raw.cold, downloads),
    warm: raw.warm.map(summarizeFile),
    queries: raw.queries.map(summarizeQuery),
  };
}

async function main(): Promise<void> {
  const started = performance.now();
  const { site, syntheticFile, downloads, server } = await prepare();
  const browser = await launchChromium();
  try {
    const raw = await measure(browser, server, site, syntheticFile);
    const summary = summarizeAll(raw, downloads);
    const meta: BenchMeta = { date: new Date().toISOString(), runs: RUNS, queryRounds: QUERY_ROUNDS, syntheticRows: SYNTHETIC_ROWS, node: process.version, chromium: browser.version(), cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? '', modelMbitPerS: MODEL_MBIT_PER_S, seconds: Math.round((performance.now() - started) / 1000) };
    await writeFile(path.join(OUT, 'bench.json'), JSON.stringify({ meta, summary, raw: { ...raw, downloads } }, null, 2));
    console.log(markdownReport(meta, summary));
    log(`done in ${meta.seconds} s; results in bench-results/bench.json`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
