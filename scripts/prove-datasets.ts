/**
 * Writes each bundled file's proof (SHA-256 and row count) into datasets/catalog.json, after loading the file
 * through the app's own loader with every cell checked. The page then loads a file whose bytes match its proof
 * without checking each cell again (src/data/file-proof.ts). A Parquet file whose Arrow is already the table
 * the check made of it is marked canonical: the page renames it into place without copying it. Run by
 * `npm run datasets` after the files are built; a file that fails the check stops the script and gets no proof.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCatalog, type Catalog, type DatasetSpec, type FileSpec } from '../src/data/catalog.ts';
import { createNodeConnection } from '../src/data/duckdb-node.ts';
import type { FileProof } from '../src/data/file-proof.ts';
import { loadDataset } from '../src/data/load-dataset.ts';
import { decodeParquetNode } from '../src/data/parquet-decoder-node.ts';
import { isCanonical } from './datasets/canonical.ts';
import {
  SHIPPED_TABLES,
  databaseSource,
  differingTables,
  writeRegisterDatabase,
} from './datasets/register-database.ts';

const DATASETS_DIR = path.join(fileURLToPath(new URL('..', import.meta.url)), 'datasets');

/** Proofs by file path: each format loaded in its own engine, datasets in catalog order (referenced first). */
export async function proveDatasets(catalog: Catalog, dir = DATASETS_DIR): Promise<Map<string, FileProof>> {
  const proofs = new Map<string, FileProof>();
  for (const format of ['parquet', 'csv'] as const) {
    const conn = await createNodeConnection();
    try {
      for (const spec of catalog.datasets) {
        const file = spec.files.find((f) => f.format === format);
        if (!file) continue;
        const bytes = readBytes(dir, file);
        const report = await loadDataset(conn, spec, { name: file.path, bytes, format: file }, decodeParquetNode);
        const proof: FileProof = { sha256: sha256(bytes), rows: report.rowsAccepted };
        if (format === 'parquet' && (await isCanonical(conn, spec, bytes, decodeParquetNode))) proof.canonical = true;
        proofs.set(file.path, proof);
      }
    } finally {
      await conn.close();
    }
  }
  for (const spec of catalog.datasets)
    for (const file of spec.files.filter((f) => f.format === 'duckdb'))
      proofs.set(file.path, await proveDatabase(spec, file, proofs, dir));
  return proofs;
}

/**
 * The register's database file: written again only when what it is made from changed (DuckDB would write other
 * bytes for the same tables), then proved by its contents against the Parquet file just proved.
 */
async function proveDatabase(
  spec: DatasetSpec,
  file: FileSpec,
  proofs: Map<string, FileProof>,
  dir: string,
): Promise<FileProof> {
  const parquetFile = spec.files.find((f) => f.format === 'parquet');
  if (spec.id !== 'register' || !parquetFile)
    throw new Error(`${file.path}: only the register has a database file, made from its Parquet file`);
  const parquet = { file: { ...parquetFile, proof: proofs.get(parquetFile.path) }, bytes: readBytes(dir, parquetFile) };
  const source = databaseSource(parquet.bytes);
  const target = path.join(dir, file.path);
  if (file.proof?.source !== source || !fs.existsSync(target))
    await writeRegisterDatabase(path.join(dir, parquetFile.path), target);
  const bytes = readBytes(dir, file);
  const proof: FileProof = {
    sha256: sha256(bytes),
    rows: parquet.file.proof!.rows,
    tables: [...SHIPPED_TABLES],
    source,
  };
  const conn = await createNodeConnection();
  try {
    const differing = await differingTables(conn, spec, parquet, { file, bytes, proof });
    if (differing.length) throw new Error(`${file.path}: ${differing.join(', ')} differ from the Parquet file's`);
  } finally {
    await conn.close();
  }
  return proof;
}

const readBytes = (dir: string, file: FileSpec) => new Uint8Array(fs.readFileSync(path.join(dir, file.path)));
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * The catalog's text with each file entry's proof set (one entry per line, as the catalog is written), so the
 * rest of the hand-written file keeps its layout.
 */
export function withProofs(catalogText: string, proofs: Map<string, FileProof>): string {
  return catalogText.replace(
    /^(\s*)(\{ "path": .*? \})(,?)$/gm,
    (line, indent: string, entry: string, comma: string) => {
      const file = JSON.parse(entry) as FileSpec;
      const proof = proofs.get(file.path);
      if (!proof) return line;
      const bare = entry.replace(/, "proof": \{[^{}]*\}/, '').slice(0, -2);
      const canonical = proof.canonical ? ', "canonical": true' : '';
      const tables = proof.tables ? `, "tables": ${JSON.stringify(proof.tables).replaceAll(',', ', ')}` : '';
      const source = proof.source ? `, "source": "${proof.source}"` : '';
      return `${indent}${bare}, "proof": { "sha256": "${proof.sha256}", "rows": ${proof.rows}${canonical}${tables}${source} } }${comma}`;
    },
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const catalogPath = path.join(DATASETS_DIR, 'catalog.json');
  const text = fs.readFileSync(catalogPath, 'utf8');
  const proofs = await proveDatasets(parseCatalog(JSON.parse(text)));
  fs.writeFileSync(catalogPath, withProofs(text, proofs));
  for (const [file, proof] of proofs)
    console.log(
      `${file}: ${proof.rows} rows, sha256 ${proof.sha256.slice(0, 12)}…${proof.canonical ? ', canonical' : ''}`,
    );
}
