import type { DbConnection } from './connection.ts';
import { parseCatalog, type Catalog, type DatasetSpec } from './catalog.ts';
import { fetchBytes, fetchForHandOver, fetchOnce } from './fetch-bytes.ts';
import {
  bundlePath,
  loadBundle,
  loadBundledDataset,
  warmDecoderFor,
  type BundleFormat,
  type BundleResult,
} from './load-bundle.ts';
import { decodeParquetBrowser } from './parquet-decoder-browser.ts';
import { datasetUrl } from './site-url.ts';

/** An engine with the bundled datasets loaded, and what each load did. */
export interface BrowserDatabase {
  conn: DbConnection;
  catalog: Catalog;
  results: BundleResult[];
}

/** Fetches and checks the dataset catalog of the site. */
export async function fetchCatalog(): Promise<Catalog> {
  const bytes = await fetchBytes(datasetUrl('catalog.json'));
  return parseCatalog(JSON.parse(new TextDecoder().decode(bytes)));
}

/**
 * Starts DuckDB in the browser and loads the bundled datasets into it (`catalog`: the site's, fetched here unless
 * the caller already asked for it). Performance marks (`pantau:duckdb-ready`, `pantau:data-loaded`) let the
 * bench read the timings.
 */
export async function openBrowserDatabase(
  format: BundleFormat,
  catalog: Promise<Catalog> = fetchCatalog(),
): Promise<BrowserDatabase> {
  // duckdb-wasm's JavaScript (and Apache Arrow with it) is a chunk of its own, off the first chart's path.
  const startEngine = import('./duckdb-browser.ts').then((engine) => engine.createBrowserConnection());
  const [conn, loadedCatalog] = await Promise.all([startEngine, catalog]);
  performance.mark('pantau:duckdb-ready');
  const results = await loadBundle(
    conn,
    loadedCatalog,
    (path) => fetchOnce(datasetUrl(path)),
    decodeParquetBrowser,
    format,
  );
  performance.mark('pantau:data-loaded');
  return { conn, catalog: loadedCatalog, results };
}

/**
 * Starts downloading a lazy dataset's bundled file, and its decoder, for a view opened while DuckDB still
 * starts: the file arrives while the engine compiles and the start-up datasets load, instead of after them.
 * `loadLazyBrowserDataset` takes these bytes, so the file downloads once; a failed download is reported by it.
 * The decode still waits for the load: started on arrival it held up the engine's start by more than it saved.
 */
export function prefetchLazyDataset(catalog: Catalog, id: string, format: BundleFormat): void {
  const spec = catalog.datasets.find((d) => d.id === id);
  if (!spec) return;
  const path = bundlePath(spec, format);
  fetchForHandOver(datasetUrl(path)).catch(() => {});
  warmDecoderFor(spec, path, decodeParquetBrowser);
}

/** Loads a lazy dataset of the bundle (the register) into an open database, when a view first needs it. */
export function loadLazyBrowserDataset(db: BrowserDatabase, id: string, format: BundleFormat): Promise<BundleResult> {
  const spec = db.catalog.datasets.find((d) => d.id === id);
  if (!spec) return Promise.reject(new Error(`No dataset "${id}" in the catalog`));
  return loadBundledDataset(db.conn, spec, (path) => fetchOnce(datasetUrl(path)), decodeParquetBrowser, format);
}

/** Loads a dataset's bundled file again (the user's data for it was reset). */
export function reloadBundledDataset(
  db: BrowserDatabase,
  spec: DatasetSpec,
  format: BundleFormat,
): Promise<BundleResult> {
  return loadBundledDataset(db.conn, spec, (path) => fetchBytes(datasetUrl(path)), decodeParquetBrowser, format);
}
