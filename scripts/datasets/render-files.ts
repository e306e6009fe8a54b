import type { DatasetSpec } from '../../src/data/catalog.ts';
import type { DataRow } from './cell.ts';
import { formatCsv } from './csv-format.ts';
import type { CsvNumbers } from './csv-format.ts';
import { toParquet } from './parquet-write.ts';

/** One output file: its path under the datasets folder and its exact bytes. */
export interface OutputFile {
  path: string;
  bytes: Uint8Array;
}

/**
 * Renders a dataset's rows into every file the catalog lists for it (Parquet and CSV, numbers styled per `csv`).
 * A database file is made from the Parquet one afterwards (scripts/datasets/register-database.ts).
 */
export function renderFiles(spec: DatasetSpec, rows: readonly DataRow[], csv: CsvNumbers = {}): OutputFile[] {
  const names = spec.columns.map((c) => c.name);
  return spec.files.flatMap((file) => {
    if (file.format === 'duckdb') return [];
    if (file.format === 'parquet') return { path: file.path, bytes: toParquet(rows, spec.columns, sequentialKey(spec)) };
    const style = { ...csv, delimiter: file.delimiter, decimal: file.decimal };
    return { path: file.path, bytes: new TextEncoder().encode(formatCsv(rows, names, style)) };
  });
}

// A dataset keyed by one integer row id (the register's payment_id) has ids that count up.
function sequentialKey(spec: DatasetSpec): string[] {
  const [key] = spec.key;
  const column = spec.columns.find((c) => c.name === key);
  return spec.key.length === 1 && column?.type === 'integer' ? [key!] : [];
}
