import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { DbConnection } from '../../../src/data/connection.ts';
import { DatasetError } from '../../../src/data/dataset-error.ts';
import { matchesProof, sha256Hex } from '../../../src/data/file-proof.ts';
import { loadBundle, loadBundledDataset, type BundleFormat } from '../../../src/data/load-bundle.ts';
import { loadDataset } from '../../../src/data/load-dataset.ts';
import { decodeParquetNode } from '../../../src/data/parquet-decoder-node.ts';
import { withProofs } from '../../../scripts/prove-datasets.ts';
import {
  bundledCatalog,
  DATASETS_DIR,
  loadFile,
  openEmptyEngine,
  openEngineWith,
  readBytes,
  spec,
} from '../helpers/engine.ts';

const readLocal = async (path: string): Promise<Uint8Array> =>
  new Uint8Array(await fs.readFile(`${DATASETS_DIR}${path}`));

/** A connection that records every SQL text it is given. */
function recording(conn: DbConnection): { conn: DbConnection; sql: string[] } {
  const sql: string[] = [];
  return {
    sql,
    conn: {
      ...conn,
      query: (text) => (sql.push(text), conn.query(text)),
      exec: (text) => (sql.push(text), conn.exec(text)),
    },
  };
}
// Every cell check of validate-staged.ts names its reason this way; promotion never does.
const isCellCheck = (text: string) => text.includes(' AS reason');

/** Every row of a table as text, in table order, hashed: equal fingerprints are equal tables. */
async function fingerprint(conn: DbConnection, table: string): Promise<{ rows: number; md5: string }> {
  const [row] = await conn.query<{ rows: number; md5: string }>(
    `SELECT count(*)::INTEGER AS rows, md5(string_agg(CAST(t AS VARCHAR), chr(10) ORDER BY rowid)) AS md5 FROM "${table}" t`,
  );
  return row!;
}

describe('file proofs in the catalog', () => {
  // One load of each file checked in full serves both claims (the register takes seconds to check).
  it('each bundled file is the one its proof describes, and a proven load gives the very tables of a fully checked one, without a single cell check', async () => {
    const catalog = bundledCatalog();
    for (const d of catalog.datasets)
      for (const f of d.files)
        expect(
          createHash('sha256')
            .update(readBytes(`datasets/${f.path}`))
            .digest('hex'),
          f.path,
        ).toBe(f.proof?.sha256);
    const proofRows = (path: string) =>
      catalog.datasets.flatMap((d) => d.files).find((f) => f.path === path)!.proof!.rows;
    for (const format of ['parquet', 'csv'] satisfies BundleFormat[]) {
      const trusted = recording(await openEmptyEngine());
      const checked = await openEmptyEngine();
      const results = await loadBundle(trusted.conn, catalog, readLocal, decodeParquetNode, format);
      expect(results.every((r) => r.ok)).toBe(true);
      if (format === 'parquet')
        await loadBundledDataset(trusted.conn, spec('register'), readLocal, decodeParquetNode, 'parquet');
      expect(trusted.sql.filter(isCellCheck)).toEqual([]);
      // Proven Parquet goes from its Arrow straight into the live table, with no staging copy.
      if (format === 'parquet') expect(trusted.sql.filter((text) => /CREATE[^\n]*_stage_/.test(text))).toEqual([]);
      // Every bundled Parquet file is canonical: its ingested table is renamed into place, not copied.
      if (format === 'parquet')
        for (const table of [...results.map((r) => r.spec.table), 'register'])
          expect(
            trusted.sql.some((text) => text.includes(`ALTER TABLE "_proven_${table}" RENAME TO "${table}"`)),
            table,
          ).toBe(true);
      for (const r of results)
        expect((await loadFile(checked, r.spec.id, `datasets/${r.path}`)).rowsAccepted, r.path).toBe(proofRows(r.path));
      if (format === 'parquet')
        expect((await loadFile(checked, 'register', 'datasets/register.parquet')).rowsAccepted).toBe(
          proofRows('register.parquet'),
        );
      const tables = [...results.map((r) => r.spec.table), ...(format === 'parquet' ? ['register'] : [])];
      for (const table of tables)
        expect(await fingerprint(trusted.conn, table), `${table} (${format})`).toEqual(
          await fingerprint(checked, table),
        );
      await trusted.conn.close();
      await checked.close();
    }
    // About 25 s alone: the million-row register is checked cell by cell once.
  }, 120_000);

  it('changed bytes are checked in full: a bad cell under a stale proof is refused by row and column', async () => {
    const poverty = spec('poverty');
    const file = poverty.files.find((f) => f.format === 'csv')!;
    const text = new TextDecoder().decode(readBytes(`datasets/${file.path}`));
    const lines = text.split('\n');
    const header = lines[0]!.split(';');
    const at = header.indexOf('rate_pct');
    const cells = lines[1]!.split(';');
    cells[at] = 'tujuh';
    lines[1] = cells.join(';');
    const bytes = new TextEncoder().encode(lines.join('\n'));
    expect(await matchesProof(bytes, file.proof)).toBe(false);
    // Poverty rows name their area, so the areas are loaded first.
    const { conn, sql } = recording(await openEngineWith({ areas: 'datasets/areas.parquet' }));
    const error = await loadDataset(
      conn,
      poverty,
      { name: file.path, bytes, format: file },
      decodeParquetNode,
      file.proof,
    )
      .then(() => null)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).report.issues[0]).toMatchObject({ row: 2, column: 'rate_pct', value: 'tujuh' });
    expect(sql.some(isCellCheck)).toBe(true);
    await conn.close();
  });

  it('a proof whose row count disagrees with the file as read is not trusted: every cell is checked', async () => {
    const areas = spec('areas');
    const file = areas.files.find((f) => f.format === 'parquet')!;
    const { conn, sql } = recording(await openEmptyEngine());
    const proof = { ...file.proof!, rows: file.proof!.rows + 1 };
    const report = await loadDataset(
      conn,
      areas,
      { name: file.path, bytes: readBytes(`datasets/${file.path}`), format: file },
      decodeParquetNode,
      proof,
    );
    expect(report.rowsAccepted).toBe(file.proof!.rows);
    expect(sql.some(isCellCheck)).toBe(true);
    await conn.close();
  });

  it('SHA-256 in hex, as sha256sum writes it', async () => {
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('the prove script rewrites only the file entries, and running it twice changes nothing', () => {
    const text = `{\n  "files": [\n    { "path": "a.csv", "format": "csv", "delimiter": ",", "decimal": "," },\n    { "path": "b.parquet", "format": "parquet" }\n  ],\n  "key": ["a"]\n}\n`;
    const proofs = new Map([['a.csv', { sha256: 'f'.repeat(64), rows: 3 }]]);
    const once = withProofs(text, proofs);
    expect(JSON.parse(once)).toEqual({
      files: [
        { path: 'a.csv', format: 'csv', delimiter: ',', decimal: ',', proof: { sha256: 'f'.repeat(64), rows: 3 } },
        { path: 'b.parquet', format: 'parquet' },
      ],
      key: ['a'],
    });
    expect(withProofs(once, proofs)).toBe(once);
  });
});
