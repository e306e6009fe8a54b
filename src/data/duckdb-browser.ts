import * as duckdb from '@duckdb/duckdb-wasm';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import type { DbConnection } from './connection.ts';
import { arrowRows } from './arrow-rows.ts';
import { ENGINE_OPEN_CONFIG } from './engine-settings.ts';
import { startOfflineCache } from './offline-cache.ts';
import { ENGINE_SETTINGS_SQL } from '../queries/engine-settings.ts';

// Every file the engine needs is emitted by Vite next to the page: no CDN, works from any sub-path.
const BUNDLES: duckdb.DuckDBBundles = {
  mvp: { mainModule: absolute(mvpWasm), mainWorker: absolute(mvpWorker) },
  eh: { mainModule: absolute(ehWasm), mainWorker: absolute(ehWorker) },
};

function absolute(url: string): string {
  return new URL(url, document.baseURI).href;
}

/**
 * Starts duckdb-wasm in a Web Worker and opens one connection. The service worker is waited for first, so
 * the engine's files are kept for offline use as they download.
 */
export async function createBrowserConnection(): Promise<DbConnection> {
  await startOfflineCache();
  const bundle = await duckdb.selectBundle(BUNDLES);
  const worker = new Worker(bundle.mainWorker!);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
  await db.open(ENGINE_OPEN_CONFIG);
  const conn = await db.connect();
  await conn.query(ENGINE_SETTINGS_SQL);
  return {
    query: async (sql) => arrowRows(await conn.query(sql)),
    exec: async (sql) => void (await conn.query(sql)),
    // The worker takes ownership of the buffer it is sent, so send a copy.
    registerFile: (name, bytes) => db.registerFileBuffer(name, bytes.slice()),
    dropFile: async (name) => void (await db.dropFile(name)),
    insertArrowIPC: (table, ipc) => conn.insertArrowFromIPCStream(ipc.slice(), { name: table, create: true }),
    close: async () => {
      await conn.close();
      await db.terminate();
    },
  };
}
