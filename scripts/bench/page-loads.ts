import type { Browser, Page } from '@playwright/test';
import { brotliSize, gzipSize } from './gzip-size.ts';
import type { StaticServer } from './static-server.ts';

/** The performance marks the app sets during start-up, in the order they usually come, and the Overlap view's first findings. */
export const MARKS = [
  'pantau:seed-loaded',
  'pantau:first-chart',
  'pantau:duckdb-ready',
  'pantau:data-loaded',
  'pantau:overlap-findings',
] as const;
export type MarkName = (typeof MARKS)[number];

/** What a response is, for the byte split. */
export const KINDS = ['wasm', 'js', 'datasets', 'other'] as const;
export type AssetKind = (typeof KINDS)[number];

/** One cold load of the app: mark times (ms since navigation), bytes by kind, and every request made. */
export interface PageLoadRun {
  variant: string;
  status: string;
  marks: Record<MarkName, number | null>;
  /** When the page asked for the register (ms since navigation); null if it never did. */
  registerRequested: number | null;
  bytes: Record<AssetKind, number>;
  gzipBytes: Record<AssetKind, number>;
  brotliBytes: Record<AssetKind, number>;
  requests: number;
  responses: number;
  otherOrigin: string[];
}

const SETTLED = '[data-engine-status="ready"], [data-engine-status="error"]';

/**
 * Loads the app once in a new browser context (empty cache) and waits until the data is loaded.
 * Bytes come from the bench server's log: the browser's own counters (CDP on the page) miss requests
 * made by DuckDB's worker, including its 34 MB wasm. Requests come from Playwright, which sees workers.
 */
export async function coldPageLoad(
  browser: Browser,
  server: StaticServer,
  url: string,
  variant: string,
  serviceWorkers: 'allow' | 'block' = 'block',
): Promise<PageLoadRun> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'id-ID',
    timezoneId: 'Asia/Makassar',
    serviceWorkers,
  });
  const requested: string[] = [];
  context.on('request', (r) => requested.push(r.url()));
  server.served.length = 0;
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`app page error (${variant}): ${error.message}`));
    await page.goto(url);
    const status = await settledStatus(page);
    if (serviceWorkers === 'allow') await offlineCacheSettled(page);
    if (url.includes('view=overlap')) await overlapFindings(page);
    // Files a view fetches once the data is in (the overview's boundaries) count in every run, not in some.
    await page.waitForLoadState('networkidle').catch(() => {});
    const marks = await page.evaluate(
      (names) => Object.fromEntries(names.map((n) => [n, performance.getEntriesByName(n)[0]?.startTime ?? null])),
      [...MARKS],
    );
    const registerRequested = await page.evaluate(
      () =>
        performance.getEntriesByType('resource').find((r) => /\/register\.(parquet|duckdb\.gzip)$/.test(r.name))
          ?.startTime ?? null,
    );
    return {
      variant,
      status,
      marks: marks as PageLoadRun['marks'],
      registerRequested,
      ...byteSplit(server),
      ...requestCounts(requested, server.origin),
      responses: server.served.length,
    };
  } finally {
    await context.close();
  }
}

// A load that never settles is recorded (and counted as not ready) rather than ending the bench.
async function settledStatus(page: Page): Promise<string> {
  const settled = await page
    .locator(SETTLED)
    .first()
    .waitFor({ state: 'attached', timeout: 90_000 })
    .then(
      () => true,
      () => false,
    );
  if (!settled) return 'timeout';
  return (await page.locator('[data-engine-status]').first().getAttribute('data-engine-status')) ?? 'unknown';
}

// The Overlap view's first findings (a mark the view sets), at most 120 s; a run without them shows no mark.
async function overlapFindings(page: Page): Promise<void> {
  await page
    .waitForFunction(() => performance.getEntriesByName('pantau:overlap-findings').length > 0, null, {
      timeout: 120_000,
      polling: 100,
    })
    .catch(() => {});
}

// With the service worker on, its downloads count too: wait until it has kept what the page fetched before
// it took control (the catalog is the last of those), at most 15 s.
async function offlineCacheSettled(page: Page): Promise<void> {
  const kept = () =>
    page.evaluate(async () => {
      for (const key of await caches.keys())
        if (await (await caches.open(key)).match(new URL('datasets/catalog.json', document.baseURI).href)) return true;
      return false;
    });
  for (let waited = 0; waited < 15_000 && !(await kept()); waited += 250) await page.waitForTimeout(250);
}

function byteSplit(server: StaticServer): Pick<PageLoadRun, 'bytes' | 'gzipBytes' | 'brotliBytes'> {
  const bytes = zeroKinds();
  const gzipBytes = zeroKinds();
  const brotliBytes = zeroKinds();
  for (const s of server.served) {
    bytes[kindOf(s.urlPath)] += s.bytes;
    gzipBytes[kindOf(s.urlPath)] += gzipSize(s.file);
    brotliBytes[kindOf(s.urlPath)] += brotliSize(s.file);
  }
  return { bytes, gzipBytes, brotliBytes };
}

function zeroKinds(): Record<AssetKind, number> {
  return { wasm: 0, js: 0, datasets: 0, other: 0 };
}

function kindOf(urlPath: string): AssetKind {
  if (urlPath.endsWith('.wasm')) return 'wasm';
  if (/\.m?js$/.test(urlPath)) return 'js';
  return urlPath.includes('/datasets/') ? 'datasets' : 'other';
}

// data: and blob: URLs never reach the network; everything else must go to the bench server.
function requestCounts(urls: string[], origin: string): Pick<PageLoadRun, 'requests' | 'otherOrigin'> {
  const network = urls.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:'));
  return { requests: network.length, otherOrigin: network.filter((u) => new URL(u).origin !== origin) };
}
