import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { datasetById, type Catalog } from '../../src/data/catalog.ts';
import type { Row } from '../../src/data/connection.ts';
import { attachSql, copyAttachedTablesSql, detachSql } from '../../src/queries/attached-database.ts';
import { ENGINE_SETTINGS_SQL } from '../../src/queries/engine-settings.ts';
import { countRowsSql } from '../../src/queries/count-rows.ts';
import type { NativeApi, NativeConnection } from './native-duckdb.ts';
import { engineInfo, OVERLAP_TABLES, prepareOverlap, runOverlapCheck, type CheckRunner } from './overlap-check.ts';
import type { OverlapEngine, OverlapSession } from './overlap-engines.ts';
import { timed } from './page/timed.ts';
import type { RegisterLoadRun } from './protocol.ts';
import { readParquetTableSql } from './read-parquet-sql.ts';

/**
 * Native DuckDB (@duckdb/node-api) on the same files: `threads` null keeps DuckDB's default (every
 * core), 1 matches duckdb-wasm, which runs on one thread. The register is read from its Parquet file and
 * indexed whole, or (`registerFrom: 'database'`) loaded as the app loads it: its database file inflated,
 * attached, the register and the index tables it carries copied, the rest of the index built.
 */
export function nativeOverlapEngine(
  api: NativeApi,
  library: string,
  datasetsDir: string,
  catalog: Catalog,
  threads: number | null,
  registerFrom: 'parquet' | 'database' = 'parquet',
): OverlapEngine {
  const open = async (): Promise<OverlapSession> => {
    const instance = await api.DuckDBInstance.create(':memory:', threads === null ? {} : { threads: String(threads) });
    const conn = await instance.connect();
    const close = async () => {
      conn.closeSync();
      instance.closeSync();
    };
    try {
      const runner = nativeRunner(conn);
      await runner.exec(ENGINE_SETTINGS_SQL);
      const load = await loadTables(runner, datasetsDir, catalog, registerFrom);
      load.steps.prepare = await prepareOverlap(runner, registerFrom === 'database' ? broughtTables(catalog) : []);
      load.loadMs += load.steps.prepare;
      return { opened: { load, info: await engineInfo(runner) }, check: () => runOverlapCheck(runner), close };
    } catch (error) {
      await close();
      throw error;
    }
  };
  const fromDatabase = registerFrom === 'database';
  const key = `native-${fromDatabase ? 'db-' : ''}${threads === null ? 'all' : threads}`;
  const label = `native, ${fromDatabase ? 'same database file, ' : ''}threads = ${threads === null ? 'all' : threads}`;
  const loader = fromDatabase ? 'the database file, inflated, attached and copied (as the app)' : 'read_parquet';
  return { key, label, library, loader, open };
}

/** The app's connection interface over a native connection, rows made plain as in src/data/arrow-rows.ts. */
function nativeRunner(conn: NativeConnection): CheckRunner {
  return {
    query: async <T = Row>(sql: string) => (await conn.runAndReadAll(sql)).getRowObjectsJS().map(plainRow) as T[],
    exec: async (sql: string) => void (await conn.run(sql)),
  };
}

function plainRow(row: Record<string, unknown>): Row {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v]));
}

// The tables the check reads, from each dataset's Parquet file (the app reads the small ones from their CSV,
// the same rows); the register's read is the timed load.
async function loadTables(
  runner: CheckRunner,
  datasetsDir: string,
  catalog: Catalog,
  registerFrom: 'parquet' | 'database',
): Promise<RegisterLoadRun> {
  const create = (id: string) => {
    const spec = datasetById(catalog, id);
    const file = spec.files.find((f) => f.format === 'parquet')?.path ?? spec.load;
    return runner.exec(readParquetTableSql(spec.table, path.join(datasetsDir, file), spec.columns));
  };
  for (const id of OVERLAP_TABLES.filter((t) => t !== 'register')) await create(id);
  const [, loadMs] = await timed(() =>
    registerFrom === 'database' ? copyFromDatabase(runner, datasetsDir, catalog) : create('register'),
  );
  const [count] = await runner.query<{ n: number }>(countRowsSql('register'));
  return { readMs: null, loadMs, rows: Number(count?.n), steps: {} };
}

const databaseFile = (catalog: Catalog) => datasetById(catalog, 'register').files.find((f) => f.format === 'duckdb');
const broughtTables = (catalog: Catalog) => databaseFile(catalog)?.proof?.tables ?? [];

// The app's load of the register's database file, natively: inflate (timed, as the page's is), attach, copy.
async function copyFromDatabase(runner: CheckRunner, datasetsDir: string, catalog: Catalog): Promise<void> {
  const file = databaseFile(catalog);
  if (!file) throw new Error('bench: the register has no database file in the catalog');
  const inflated = path.join(os.tmpdir(), `pantau-bench-register-${process.pid}.duckdb`);
  fs.writeFileSync(inflated, gunzipSync(fs.readFileSync(path.join(datasetsDir, file.path))));
  try {
    await runner.exec(attachSql(inflated, 'bundle'));
    await runner.exec(copyAttachedTablesSql('bundle', ['register', ...broughtTables(catalog)]));
    await runner.exec(detachSql('bundle'));
  } finally {
    fs.rmSync(inflated, { force: true });
  }
}
