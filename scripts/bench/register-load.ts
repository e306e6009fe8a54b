import { datasetById, type Catalog } from '../../src/data/catalog.ts';
import type { DbConnection, ParquetDecoder } from '../../src/data/connection.ts';
import { loadBundledDataset } from '../../src/data/load-bundle.ts';
import { prepareOverlap } from './overlap-check.ts';
import { timed } from './page/timed.ts';
import type { LoadStep, RegisterLoadRun } from './protocol.ts';

/**
 * Loads the register the way the Overlap view does when first opened (loadBundledDataset, hence the
 * app's loadDataset: the bundled register matches its proof, so its cells are not checked again), with the file read first so that the load alone is timed. The
 * decoder and the connection are wrapped to split the load into its steps.
 */
export async function timedRegisterLoad(
  conn: DbConnection,
  catalog: Catalog,
  read: (path: string) => Promise<Uint8Array>,
  decode: ParquetDecoder,
): Promise<RegisterLoadRun> {
  const spec = datasetById(catalog, 'register');
  const [bytes, readMs] = await timed(() => read(spec.load));
  const steps: Record<LoadStep, number> = { decode: 0, ingest: 0, stage: 0, validate: 0, prepare: 0 };
  async function step<T>(name: LoadStep, work: () => Promise<T>): Promise<T> {
    const [result, ms] = await timed(work);
    steps[name] += ms;
    return result;
  }
  const stepConn: DbConnection = {
    ...conn,
    insertArrowIPC: (table, ipc) => step('ingest', () => conn.insertArrowIPC(table, ipc)),
    exec: (sql) => step('stage', () => conn.exec(sql)),
    query: (sql) => step('validate', () => conn.query(sql)),
  };
  const [result, loadMs] = await timed(() =>
    loadBundledDataset(
      stepConn,
      spec,
      async () => bytes,
      (b) => step('decode', () => decode(b)),
    ),
  );
  if (!result.ok) throw new Error(`bench: the register failed to load: ${result.error.message}`);
  // The Overlap view's once-per-load step: the integer index the check reads (counted in the load), less the
  // tables the register's database file brought with it.
  steps.prepare = await prepareOverlap(conn, result.report.companions);
  return { readMs, loadMs: loadMs + steps.prepare, rows: result.report.rowsAccepted, steps };
}
