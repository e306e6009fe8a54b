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
import { parseCatalog, type Catalog, type FileSpec } from '../src/data/catalog.ts';
import { createNodeConnection } from '../src/data/duckdb-node.ts';
import type { FileProof } from '../src/data/file-proof.ts';
import { loadDataset } from '../src/data/load-dataset.ts';
import { decodeParquetNode } from '../src/data/parquet-decoder-node.ts';
import { isCanonical } from './datasets/canonical.ts';

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
        const bytes = new Uint8Array(fs.readFileSync(path.join(dir, file.path)));
        const report = await loadDataset(conn, spec, { name: file.path, bytes, format: file }, decodeParquetNode);
        const proof: FileProof = {
          sha256: createHash('sha256').update(bytes).digest('hex'),
          rows: report.rowsAccepted,
        };
        if (format === 'parquet' && (await isCanonical(conn, spec, bytes, decodeParquetNode))) proof.canonical = true;
        proofs.set(file.path, proof);
      }
    } finally {
      await conn.close();
    }
  }
  return proofs;
}

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
      return `${indent}${bare}, "proof": { "sha256": "${proof.sha256}", "rows": ${proof.rows}${canonical} } }${comma}`;
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
