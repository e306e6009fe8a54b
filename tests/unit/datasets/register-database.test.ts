import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  SHIPPED_TABLES,
  databaseSource,
  differingTables,
} from '../../../scripts/datasets/register-database.ts';
import type { FileSpec } from '../../../src/data/catalog.ts';
import { DatasetError } from '../../../src/data/dataset-error.ts';
import { gunzip } from '../../../src/data/gunzip.ts';
import { loadDataset } from '../../../src/data/load-dataset.ts';
import { decodeParquetNode } from '../../../src/data/parquet-decoder-node.ts';
import { openEmptyEngine, openEngineWith, readBytes, sharedEngine, spec } from '../helpers/engine.ts';

const register = spec('register');
const fileOf = (format: FileSpec['format']) => register.files.find((f) => f.format === format)!;
const database = fileOf('duckdb');
const databaseBytes = readBytes(`datasets/${database.path}`);

describe("the register's database file (register.duckdb.gzip)", () => {
  it("was made from the committed Parquet file with today's index statements", () => {
    const parquet = readBytes(`datasets/${fileOf('parquet').path}`);
    expect(database.proof?.source).toBe(databaseSource(parquet));
    expect(database.proof?.tables).toEqual(SHIPPED_TABLES);
    expect(database.proof?.rows).toBe(fileOf('parquet').proof?.rows);
  });

  // The proof of contents: the bytes are DuckDB's own and differ from build to build, so what is proved is
  // that the page ends up with the same tables as from the Parquet file (index built from scratch).
  it('gives the page the very register and overlap index the Parquet file gives, in the same engine', async () => {
    const conn = await openEngineWith({ areas: 'datasets/areas.parquet' });
    try {
      const parquet = { file: fileOf('parquet'), bytes: readBytes(`datasets/${fileOf('parquet').path}`) };
      const proved = { file: database, bytes: databaseBytes, proof: database.proof! };
      expect(await differingTables(conn, register, parquet, proved)).toEqual([]);
    } finally {
      await conn.close();
    }
  }, 120_000);

  describe('refused, and nothing is lost', () => {
    const conn = sharedEngine(() => openEngineWith({ areas: 'datasets/areas.parquet' }));
    const load = (bytes: Uint8Array, proof = database.proof) =>
      loadDataset(conn, register, { name: database.path, bytes, format: database }, decodeParquetNode, proof);
    const registerRows = async () =>
      (await conn.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM register'))[0]?.n;

    it('bytes that are not the proven ones are not read; the register already loaded stays', async () => {
      await conn.exec('CREATE OR REPLACE TABLE register AS SELECT 1 AS payment_id');
      const changed = gzipSync(await gunzip(databaseBytes), { level: 1 });
      const error = await load(changed).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DatasetError);
      const [issue] = (error as DatasetError).report.issues;
      expect(issue).toMatchObject({ file: 'register.duckdb.gzip', row: 0 });
      expect(issue?.detail).toContain('not those of the database file the build proved');
      expect(await registerRows()).toBe(1);
    });

    it('a file that does not hold the rows its proof states changes no table', async () => {
      await conn.exec('CREATE OR REPLACE TABLE register AS SELECT 1 AS payment_id');
      await conn.exec('CREATE OR REPLACE TABLE register_ix AS SELECT 2 AS payment_id');
      const error = await load(databaseBytes, { ...database.proof!, rows: 5 }).catch((e: unknown) => e);
      expect((error as DatasetError).report.issues[0]?.detail).toContain('has 1037741 rows, its proof says 5');
      expect(await registerRows()).toBe(1);
      expect(await conn.query('SELECT payment_id FROM register_ix')).toEqual([{ payment_id: 2 }]);
    });

    it('a table the proof names but the file lacks rolls the whole copy back', async () => {
      await conn.exec('CREATE OR REPLACE TABLE register AS SELECT 1 AS payment_id');
      await conn.exec('CREATE OR REPLACE TABLE register_ix AS SELECT 2 AS payment_id');
      const tables = [...SHIPPED_TABLES, 'register_elsewhere'];
      const error = await load(databaseBytes, { ...database.proof!, tables }).catch((e: unknown) => e);
      expect((error as DatasetError).report.issues[0]?.detail).toContain('register_elsewhere');
      expect(await registerRows()).toBe(1);
      expect(await conn.query('SELECT payment_id FROM register_ix')).toEqual([{ payment_id: 2 }]);
    });
  });
});

describe('an empty engine loads the database file without any other dataset', () => {
  it('copies the register and the tables it carries', async () => {
    const conn = await openEmptyEngine();
    try {
      const input = { name: database.path, bytes: databaseBytes, format: database };
      const report = await loadDataset(conn, register, input, decodeParquetNode, database.proof);
      expect(report).toMatchObject({ rowsAccepted: 1_037_741, issueCount: 0, companions: SHIPPED_TABLES });
      const tables = await conn.query<{ name: string }>('SELECT table_name AS name FROM duckdb_tables() ORDER BY 1');
      expect(tables.map((t) => t.name)).toEqual(['register', ...SHIPPED_TABLES].sort());
    } finally {
      await conn.close();
    }
  });
});
