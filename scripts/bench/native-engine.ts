import path from 'node:path';
import { datasetById, type Catalog } from '../../src/data/catalog.ts';
import type { Row } from '../../src/data/connection.ts';
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
 * core), 1 matches duckdb-wasm, which runs on one thread.
 */
export function nativeOverlapEngine(
  api: NativeApi,
  library: string,
  datasetsDir: string,
  catalog: Catalog,
  threads: number | null,
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
      const load = await loadTables(runner, datasetsDir, catalog);
      load.steps.prepare = await prepareOverlap(runner);
      load.loadMs += load.steps.prepare;
      return { opened: { load, info: await engineInfo(runner) }, check: () => runOverlapCheck(runner), close };
    } catch (error) {
      await close();
      throw error;
    }
  };
  const key = threads === null ? 'native-all' : `native-${threads}`;
  const label = threads === null ? 'native, threads = all' : `native, threads = ${threads}`;
  return { key, label, library, loader: 'read_parquet', open };
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
async function loadTables(runner: CheckRunner, datasetsDir: string, catalog: Catalog): Promise<RegisterLoadRun> {
  const create = (id: string) => {
    const spec = datasetById(catalog, id);
    const file = spec.files.find((f) => f.format === 'parquet')?.path ?? spec.load;
    return runner.exec(readParquetTableSql(spec.table, path.join(datasetsDir, file), spec.columns));
  };
  for (const id of OVERLAP_TABLES.filter((t) => t !== 'register')) await create(id);
  const [, loadMs] = await timed(() => create('register'));
  const [count] = await runner.query<{ n: number }>(countRowsSql('register'));
  return { readMs: null, loadMs, rows: Number(count?.n), steps: {} };
}
