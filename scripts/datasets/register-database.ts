/**
 * The register's database file (`register.duckdb.gzip`): the Parquet register and the overlap index built from it
 * (src/queries/overlap-prepare.ts), so the Overlap view copies the index instead of building it on every first
 * open. Written by native DuckDB (@duckdb/node-api, a pinned dev dependency: duckdb-wasm's Node build wrote
 * files its own readers could not open) in storage format v1.0.0, which the page's duckdb-wasm reads, then
 * gzip-compressed: the page inflates it with the browser's own DecompressionStream.
 *
 * DuckDB does not write the same bytes twice for the same tables, so the file is proved by its contents
 * (`checkRegisterDatabase`) rather than rebuilt to the same bytes: `npm run datasets` rewrites it only when
 * what it is made from changed (`databaseSource`), and keeps the committed file otherwise.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { DatasetSpec, FileSpec } from '../../src/data/catalog.ts';
import type { DbConnection } from '../../src/data/connection.ts';
import type { FileProof } from '../../src/data/file-proof.ts';
import { loadDataset } from '../../src/data/load-dataset.ts';
import { decodeParquetNode } from '../../src/data/parquet-decoder-node.ts';
import { differingRowsSql } from '../../src/queries/differing-rows.ts';
import { OVERLAP_INDEX_TABLES, overlapPrepareSqls } from '../../src/queries/overlap-prepare.ts';
import { sqlIdent, sqlString } from '../../src/queries/sql-literal.ts';

const STORAGE_VERSION = 'v1.0.0';

/**
 * The index tables the file carries, in the order they are copied: all but `register_households`, which the
 * page builds from the register in about 0.6 s and which would add 2.5 MB (gzip) to the 6 MB download.
 */
export const SHIPPED_TABLES: readonly string[] = OVERLAP_INDEX_TABLES.filter((t) => t !== 'register_households');

/** The SHA-256 of what the file is made from: the Parquet file's bytes, the index statements, the tables kept. */
export function databaseSource(parquet: Uint8Array): string {
  return createHash('sha256')
    .update(createHash('sha256').update(parquet).digest('hex'))
    .update(JSON.stringify({ statements: overlapPrepareSqls(), tables: SHIPPED_TABLES, storage: STORAGE_VERSION }))
    .digest('hex');
}

/** Writes the database file of the Parquet register at `parquetPath` to `outPath` (gzip). */
export async function writeRegisterDatabase(parquetPath: string, outPath: string): Promise<void> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pantau-register-'));
  const file = path.join(dir, 'register.duckdb');
  try {
    const instance = await DuckDBInstance.create(':memory:');
    try {
      const conn = await instance.connect();
      await conn.run(`CREATE TABLE register AS FROM read_parquet(${sqlString(parquetPath)})`);
      for (const sql of overlapPrepareSqls()) await conn.run(sql);
      await conn.run(`ATTACH ${sqlString(file)} AS out (STORAGE_VERSION '${STORAGE_VERSION}')`);
      for (const table of ['register', ...SHIPPED_TABLES])
        await conn.run(`CREATE TABLE out.${sqlIdent(table)} AS FROM ${sqlIdent(table)}`);
      await conn.run('DETACH out');
      conn.closeSync();
    } finally {
      instance.closeSync();
    }
    fs.writeFileSync(outPath, gzipSync(fs.readFileSync(file), { level: 9 }));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The proof of contents, in duckdb-wasm (the page's engine) through the app's own loader: the register and every
 * index table the page ends up with from the database file (copied, plus the rest built by `overlapPrepareSqls`)
 * equal those it gets from the Parquet file. Returns the tables that differ (none when the file is right).
 */
export async function differingTables(
  conn: DbConnection,
  spec: DatasetSpec,
  parquet: { file: FileSpec; bytes: Uint8Array },
  database: { file: FileSpec; bytes: Uint8Array; proof: FileProof },
): Promise<string[]> {
  const tables = [spec.table, ...OVERLAP_INDEX_TABLES];
  const source = { name: parquet.file.path, bytes: parquet.bytes, format: parquet.file };
  await loadDataset(conn, spec, source, decodeParquetNode, parquet.file.proof);
  for (const sql of overlapPrepareSqls()) await conn.exec(sql);
  for (const t of tables) await conn.exec(`ALTER TABLE ${sqlIdent(t)} RENAME TO ${sqlIdent(`_parquet_${t}`)}`);
  const input = { name: database.file.path, bytes: database.bytes, format: database.file };
  const report = await loadDataset(conn, spec, input, decodeParquetNode, database.proof);
  for (const sql of overlapPrepareSqls(report.companions)) await conn.exec(sql);
  const differing: string[] = [];
  for (const t of tables) {
    // The register keeps its row order; the index tables are built by joins, whose order is the engine's.
    const [row] = await conn.query<{ differing: number }>(differingRowsSql(t, `_parquet_${t}`, t === spec.table));
    if (row?.differing !== 0) differing.push(t);
  }
  return differing;
}
