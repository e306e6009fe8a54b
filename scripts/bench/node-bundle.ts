import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseCatalog, type Catalog } from '../../src/data/catalog.ts';
import type { DbConnection } from '../../src/data/connection.ts';
import { createNodeConnection } from '../../src/data/duckdb-node.ts';
import { loadBundle } from '../../src/data/load-bundle.ts';
import { decodeParquetNode } from '../../src/data/parquet-decoder-node.ts';

/** duckdb-wasm's Node build with the start-up datasets loaded, and how to read more files of the bundle. */
export interface NodeBundle {
  conn: DbConnection;
  catalog: Catalog;
  read: (file: string) => Promise<Uint8Array>;
}

/** Reads and checks the catalog of a dataset folder. */
export async function readCatalog(datasetsDir: string): Promise<Catalog> {
  return parseCatalog(JSON.parse(await readFile(path.join(datasetsDir, 'catalog.json'), 'utf8')));
}

/** Opens duckdb-wasm in Node and loads the bundle's start-up datasets with the app's own loader and decoder. */
export async function openNodeBundle(datasetsDir: string): Promise<NodeBundle> {
  const conn = await createNodeConnection();
  const read = async (file: string) => new Uint8Array(await readFile(path.join(datasetsDir, file)));
  const catalog = await readCatalog(datasetsDir);
  const results = await loadBundle(conn, catalog, read, decodeParquetNode);
  if (results.some((r) => !r.ok)) throw new Error('bench: a bundled dataset failed to load in Node');
  return { conn, catalog, read };
}
