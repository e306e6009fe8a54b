import type { DbConnection, ParquetDecoder } from './connection.ts';
import { fileSpec, type Catalog, type DatasetSpec } from './catalog.ts';
import { unreadableError, type DatasetError, type LoadReport } from './dataset-error.ts';
import { loadDataset } from './load-dataset.ts';

/** Which of a dataset's bundled files to read: the catalog's default, or its CSV or Parquet twin. */
export type BundleFormat = 'default' | 'csv' | 'parquet';

/** The outcome of loading one bundled dataset. */
export type BundleResult = { spec: DatasetSpec; path: string } & (
  { ok: true; report: LoadReport } | { ok: false; error: DatasetError }
);

/**
 * Picks the file of a dataset to load for the chosen format, falling back to the catalog's default. A database
 * file is read only as the proven bytes; a page that cannot hash them (no Web Crypto on plain http) reads the
 * Parquet twin instead, checked in full.
 */
export function bundlePath(spec: DatasetSpec, format: BundleFormat): string {
  const chosen = format === 'default' ? spec.load : (spec.files.find((f) => f.format === format)?.path ?? spec.load);
  if (fileSpec(spec, chosen)?.format !== 'duckdb' || globalThis.crypto?.subtle) return chosen;
  return spec.files.find((f) => f.format === 'parquet')?.path ?? chosen;
}

/**
 * Loads every start-up dataset of the catalog in order (referenced tables first, as the catalog lists
 * them); lazy ones wait for loadLazyDataset. A dataset that fails is reported and skipped so the rest
 * of the app keeps working.
 */
export async function loadBundle(
  conn: DbConnection,
  catalog: Catalog,
  read: (path: string) => Promise<Uint8Array>,
  decode: ParquetDecoder,
  format: BundleFormat = 'default',
): Promise<BundleResult[]> {
  const results: BundleResult[] = [];
  for (const spec of catalog.datasets.filter((d) => !d.lazy))
    results.push(await loadOne(conn, spec, bundlePath(spec, format), read, decode));
  return results;
}

/** Loads one dataset of the catalog by id (a lazy one, when a view first needs it). */
export function loadBundledDataset(
  conn: DbConnection,
  spec: DatasetSpec,
  read: (path: string) => Promise<Uint8Array>,
  decode: ParquetDecoder,
  format: BundleFormat = 'default',
): Promise<BundleResult> {
  return loadOne(conn, spec, bundlePath(spec, format), read, decode);
}

/**
 * A Parquet file is decoded once it has arrived: fetch the decoder (parquet-wasm in the browser) while the file
 * downloads, not after it. Should warming fail, the decode fails and reports it.
 */
export function warmDecoderFor(spec: DatasetSpec, path: string, decode: ParquetDecoder): void {
  if (fileSpec(spec, path)?.format === 'parquet') decode.warm?.().catch(() => {});
}

async function loadOne(
  conn: DbConnection,
  spec: DatasetSpec,
  path: string,
  read: (path: string) => Promise<Uint8Array>,
  decode: ParquetDecoder,
): Promise<BundleResult> {
  const result = await loadFile(conn, spec, path, read, decode);
  // A database file the page cannot use as proven (a host that inflated the .gz on the way) gives way to its
  // Parquet twin, checked by its own proof.
  const twin = spec.files.find((f) => f.format === 'parquet')?.path;
  if (result.ok || fileSpec(spec, path)?.format !== 'duckdb' || !twin) return result;
  console.warn(`${path} not used, ${twin} read instead: ${result.error.message}`);
  return loadFile(conn, spec, twin, read, decode);
}

async function loadFile(
  conn: DbConnection,
  spec: DatasetSpec,
  path: string,
  read: (path: string) => Promise<Uint8Array>,
  decode: ParquetDecoder,
): Promise<BundleResult> {
  try {
    const format = fileSpec(spec, path)!;
    warmDecoderFor(spec, path, decode);
    const bytes = await read(path);
    // The bundled files carry the build's proof: matching bytes are not checked cell by cell again.
    const report = await loadDataset(conn, spec, { name: path, bytes, format }, decode, format.proof);
    return { spec, path, ok: true, report };
  } catch (error) {
    return { spec, path, ok: false, error: unreadableError(spec.id, path, error) };
  }
}
