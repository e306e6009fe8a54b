import type { DbConnection } from './connection.ts';
import type { DatasetSpec } from './catalog.ts';
import { provenReport, type LoadReport } from './dataset-error.ts';
import type { FileProof } from './file-proof.ts';
import { gunzip } from './gunzip.ts';
import { hasLiveShape, type DescribedColumn } from './typed-columns.ts';
import {
  attachSql,
  attachedColumnTypesSql,
  attachedRowCountSql,
  copyAttachedTablesSql,
  detachSql,
} from '../queries/attached-database.ts';

/**
 * Loads a bundled database file (format `duckdb`, gzip-compressed), which the build wrote from the dataset's
 * Parquet file together with tables derived from it that a view would otherwise build after every load (the
 * register's overlap index). The caller has matched its bytes to their proof; the file is attached read-only,
 * its dataset table checked against the schema and the proof's row count, and every table copied into the
 * live database in one transaction, so a file that does not hold what its proof says changes nothing.
 * The report names the other tables it brought (`companions`).
 */
export async function loadProvenDatabase(
  conn: DbConnection,
  spec: DatasetSpec,
  name: string,
  bytes: Uint8Array,
  proof: FileProof,
): Promise<LoadReport> {
  const file = `_bundle_${spec.table}.duckdb`;
  const alias = `_bundle_${spec.table}`;
  const companions = proof.tables ?? [];
  await conn.registerFile(file, await gunzip(bytes));
  try {
    await conn.exec(attachSql(file, alias));
    const described = await conn.query<DescribedColumn>(attachedColumnTypesSql(alias, spec.table));
    if (!hasLiveShape(spec.columns, described))
      throw new Error(
        `${name}: table "${spec.table}" has the columns ${described.map((d) => `${d.name} ${d.type}`).join(', ')}, not the catalog's`,
      );
    const [counted] = await conn.query<{ n: number }>(attachedRowCountSql(alias, spec.table));
    if (counted?.n !== proof.rows)
      throw new Error(`${name}: table "${spec.table}" has ${counted?.n} rows, its proof says ${proof.rows}`);
    await copyTables(conn, alias, [spec.table, ...companions]);
  } finally {
    // Past the copy, the load has happened: cleaning up cannot fail it.
    await conn.exec(detachSql(alias)).catch(() => undefined);
    await conn.dropFile(file).catch(() => undefined);
  }
  return provenReport(spec.id, name, proof.rows, { ignoredColumns: [], companions });
}

async function copyTables(conn: DbConnection, alias: string, tables: string[]): Promise<void> {
  try {
    await conn.exec(copyAttachedTablesSql(alias, tables));
  } catch (error) {
    await conn.exec('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
