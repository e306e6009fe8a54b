import type { DatasetSpec } from '../../src/data/catalog.ts';
import type { DataRow } from './cell.ts';
import { formatCsv } from './csv-format.ts';
import type { FactMapping } from './fact-mappings.ts';
import { toParquet } from './parquet-write.ts';

/** One output file: its path under the datasets folder and its exact bytes. */
export interface OutputFile {
  path: string;
  bytes: Uint8Array;
}

/** Renders a dataset's rows into every file the catalog lists for it (Parquet and CSV). */
export function renderFiles(spec: DatasetSpec, rows: readonly DataRow[], mapping: FactMapping): OutputFile[] {
  const names = spec.columns.map((c) => c.name);
  return spec.files.map((file) => {
    if (file.format === 'parquet') return { path: file.path, bytes: toParquet(rows, spec.columns) };
    const style = { ...mapping.csv, delimiter: file.delimiter, decimal: file.decimal };
    return { path: file.path, bytes: new TextEncoder().encode(formatCsv(rows, names, style)) };
  });
}
