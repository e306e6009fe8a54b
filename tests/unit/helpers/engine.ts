import fs from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { DbConnection } from '../../../src/data/connection.ts';
import { createNodeConnection } from '../../../src/data/duckdb-node.ts';
import { decodeParquetNode } from '../../../src/data/parquet-decoder-node.ts';
import { datasetById, parseCatalog, type Catalog, type DatasetSpec, type FileSpec } from '../../../src/data/catalog.ts';
import { loadDataset } from '../../../src/data/load-dataset.ts';
import type { LoadReport } from '../../../src/data/dataset-error.ts';

/** The project root, so paths like `datasets/poverty.csv` and `tests/fixtures/x.csv` resolve from anywhere. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The bundled datasets folder. */
export const DATASETS_DIR = `${ROOT}datasets/`;

/** An absolute path for a path relative to the project root. */
export const rootPath = (relative: string): string => `${ROOT}${relative}`;

/** The bytes of a file relative to the project root. */
export function readBytes(relative: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(rootPath(relative)));
}

/** The text of a file relative to the project root. */
export function readText(relative: string): string {
  return fs.readFileSync(rootPath(relative), 'utf8');
}

/** The committed catalog (datasets/catalog.json), checked by the app's own parser. */
export function bundledCatalog(): Catalog {
  return parseCatalog(JSON.parse(readText('datasets/catalog.json')));
}

/** A dataset's spec from the committed catalog. */
export function spec(id: string): DatasetSpec {
  return datasetById(bundledCatalog(), id);
}

/** A file to load: a path (relative to the project root) and, optionally, how it is written. */
export type Source = string | { path: string; format: FileSpec };

/**
 * How a file is written: the catalog's entry with the same file name (so `tests/fixtures/areas.csv`
 * reads like `areas.csv`), else by extension with the dataset's CSV options.
 */
export function formatFor(dataset: DatasetSpec, path: string): FileSpec {
  const base = path.split('/').at(-1)!;
  const byName = dataset.files.find((f) => f.path === base);
  if (byName) return byName;
  if (base.endsWith('.parquet')) return { path: base, format: 'parquet' };
  const csv = dataset.files.find((f) => f.format === 'csv');
  if (!csv) throw new Error(`dataset ${dataset.id} has no CSV file spec to read ${path} with`);
  return { ...csv, path: base };
}

function resolve(dataset: DatasetSpec, source: Source): { path: string; format: FileSpec } {
  return typeof source === 'string' ? { path: source, format: formatFor(dataset, source) } : source;
}

/** Loads one file (relative to the project root) into a dataset's table through the real loader. */
export async function loadFile(conn: DbConnection, datasetId: string, source: Source): Promise<LoadReport> {
  const dataset = spec(datasetId);
  const { path, format } = resolve(dataset, source);
  const name = path.split('/').at(-1)!;
  return loadDataset(conn, dataset, { name, bytes: readBytes(path), format }, decodeParquetNode);
}

/** Loads bytes given in memory (e.g. a CSV written in the test) into a dataset's table. */
export async function loadBytes(
  conn: DbConnection,
  datasetId: string,
  name: string,
  bytes: Uint8Array | string,
  format?: FileSpec,
): Promise<LoadReport> {
  const dataset = spec(datasetId);
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  return loadDataset(
    conn,
    dataset,
    { name, bytes: data, format: format ?? formatFor(dataset, name) },
    decodeParquetNode,
  );
}

/** Which file each dataset is loaded from, in load order (referenced tables first). */
export type Sources = Partial<Record<(typeof LOAD_ORDER)[number], Source>>;

// The catalog's order: a table is loaded after the tables it references.
const LOAD_ORDER = [
  'areas',
  'poverty',
  'national',
  'targets',
  'programmes',
  'programme_kinds',
  'overlap_rules',
  'coverage',
  'register',
] as const;

/** The bundled datasets loaded at start-up, from their default (Parquet) files (not the lazy register). */
export const BUNDLED: Sources = {
  areas: 'datasets/areas.parquet',
  poverty: 'datasets/poverty.parquet',
  national: 'datasets/national.parquet',
  targets: 'datasets/targets.parquet',
  programmes: 'datasets/programmes.parquet',
  programme_kinds: 'datasets/programme_kinds.parquet',
  overlap_rules: 'datasets/overlap_rules.parquet',
  coverage: 'datasets/coverage.parquet',
};

/** A real DuckDB (duckdb-wasm's Node build) with the given datasets loaded through the app's loader. */
export async function openEngineWith(sources: Sources): Promise<DbConnection> {
  const conn = await createNodeConnection();
  try {
    for (const id of LOAD_ORDER) {
      const source = sources[id];
      if (source) await loadFile(conn, id, source);
    }
  } catch (error) {
    await conn.close();
    throw error;
  }
  return conn;
}

/** A real DuckDB with nothing loaded. */
export function openEmptyEngine(): Promise<DbConnection> {
  return createNodeConnection();
}

/**
 * One real engine for the enclosing describe block (or file): opened before its tests, closed after.
 * The returned connection forwards to it, so tests use it like any other.
 */
export function sharedEngine(open: () => Promise<DbConnection> = openEmptyEngine): DbConnection {
  let engine: DbConnection | undefined;
  beforeAll(async () => {
    engine = await open();
  });
  afterAll(async () => {
    await engine?.close();
  });
  const current = (): DbConnection => {
    if (!engine) throw new Error('The shared engine is used outside its tests');
    return engine;
  };
  return {
    query: (sql) => current().query(sql),
    exec: (sql) => current().exec(sql),
    registerFile: (name, bytes) => current().registerFile(name, bytes),
    dropFile: (name) => current().dropFile(name),
    insertArrowIPC: (table, ipc) => current().insertArrowIPC(table, ipc),
    close: () => current().close(),
  };
}
