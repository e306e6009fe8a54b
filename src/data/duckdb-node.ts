import { createRequire } from 'node:module';
import path from 'node:path';
import type * as DuckDBBlocking from '@duckdb/duckdb-wasm/blocking';
import type { DbConnection } from './connection.ts';
import { arrowRows } from './arrow-rows.ts';
import { ENGINE_OPEN_CONFIG } from './engine-settings.ts';
import { ENGINE_SETTINGS_SQL } from '../queries/engine-settings.ts';

type NodeDuckDB = typeof DuckDBBlocking;

const require = createRequire(import.meta.url);

type Bindings = Awaited<ReturnType<NodeDuckDB['createDuckDB']>>;

/**
 * Engines whose database was closed, ready to open a new one: compiling the wasm is most of the cost of
 * opening (about 2 s), so a process that opens many in turn (a test worker running file after file) pays it once.
 */
const idle: Bindings[] = [];

async function instantiate(): Promise<Bindings> {
  const duckdb = require('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs') as NodeDuckDB;
  const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
  const bundles = {
    mvp: { mainModule: path.join(dist, 'duckdb-mvp.wasm'), mainWorker: path.join(dist, 'duckdb-node-mvp.worker.cjs') },
    eh: { mainModule: path.join(dist, 'duckdb-eh.wasm'), mainWorker: path.join(dist, 'duckdb-node-eh.worker.cjs') },
  };
  const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await db.instantiate();
  return db;
}

/**
 * Opens duckdb-wasm's Node build (the same engine as the browser) for tests, scripts and the bench: a new,
 * empty in-memory database each time, on an engine instance reused once an earlier connection closed.
 */
export async function createNodeConnection(): Promise<DbConnection> {
  const db = idle.pop() ?? (await instantiate());
  db.open(ENGINE_OPEN_CONFIG);
  const conn = db.connect();
  conn.query(ENGINE_SETTINGS_SQL);
  let closed = false;
  return {
    query: async (sql) => arrowRows(conn.query(sql)),
    exec: async (sql) => void conn.query(sql),
    registerFile: async (name, bytes) => db.registerFileBuffer(name, bytes),
    dropFile: async (name) => db.dropFile(name),
    insertArrowIPC: async (table, ipc) => conn.insertArrowFromIPCStream(ipc, { name: table, create: true }),
    close: async () => {
      if (closed) return;
      closed = true;
      conn.close();
      db.dropFiles();
      db.reset();
      idle.push(db);
    },
  };
}
