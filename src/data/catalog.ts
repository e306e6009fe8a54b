/** The dataset catalog (`datasets/catalog.json`): what each dataset is, its files, schema and provenance. */
import type { ColumnRule } from '../queries/column-types.ts';
import type { FileProof } from './file-proof.ts';

/** A column of a dataset's schema: the same rule the validation SQL checks, and its name for people. */
export type ColumnSpec = ColumnRule & {
  /** What the column holds, in words a planner knows (shown where a file's columns are matched to it). */
  label?: Localized;
};

export interface CsvOptions {
  delimiter: string;
  decimal: '.' | ',';
}

export type FileSpec = {
  path: string;
  /** A bundled file's hash and row count, written by scripts/prove-datasets.ts (never for a user's file). */
  proof?: FileProof;
} & (({ format: 'csv' } & CsvOptions) | { format: 'parquet' } | { format: 'duckdb' });

/** A text of the catalog in both languages of the interface. */
export interface Localized {
  id: string;
  en: string;
}

export interface DatasetSpec {
  id: string;
  table: string;
  title: Localized;
  load: string;
  files: FileSpec[];
  key: string[];
  columns: ColumnSpec[];
  /** Where the dataset comes from, and how recent it is (shown under every chart that uses it). */
  source: Localized;
  vintage: Localized;
  illustrative: boolean;
  /** Loaded when a view first needs it, not at start-up (the million-row register). */
  lazy?: boolean;
  /** Set by the page (never in catalog.json) when the table holds rows from the user's own file. */
  userData?: boolean;
}

export interface Catalog {
  version: number;
  datasets: DatasetSpec[];
}

/** Checks the shape of a parsed catalog.json so a broken manifest fails with a clear message. */
export function parseCatalog(json: unknown): Catalog {
  const c = json as Partial<Catalog>;
  if (!c || !Array.isArray(c.datasets)) throw new Error('catalog.json: expected an object with a "datasets" array');
  for (const d of c.datasets) checkDataset(d);
  return c as Catalog;
}

function checkDataset(d: DatasetSpec): void {
  if (!d.id || !d.table || !Array.isArray(d.columns) || !Array.isArray(d.files))
    throw new Error(`catalog.json: dataset ${JSON.stringify(d.id)} needs id, table, columns and files`);
  for (const field of ['title', 'source', 'vintage'] as const)
    if (typeof d[field]?.id !== 'string' || typeof d[field]?.en !== 'string')
      throw new Error(`catalog.json: dataset "${d.id}" needs "${field}" in both languages ({ "id": …, "en": … })`);
  for (const c of d.columns)
    if (c.label !== undefined && !(typeof c.label.id === 'string' && typeof c.label.en === 'string'))
      throw new Error(`catalog.json: column "${c.name}" of "${d.id}" needs its "label" in both languages`);
  for (const f of d.files)
    if (
      f.proof !== undefined &&
      !(
        /^[0-9a-f]{64}$/.test(f.proof.sha256) &&
        Number.isInteger(f.proof.rows) &&
        [undefined, true, false].includes(f.proof.canonical) &&
        (f.proof.tables === undefined || f.proof.tables.every((t) => typeof t === 'string')) &&
        (f.proof.source === undefined || /^[0-9a-f]{64}$/.test(f.proof.source))
      )
    )
      throw new Error(
        `catalog.json: file "${f.path}" of "${d.id}" needs a proof of { "sha256": hex, "rows": integer, "canonical"?: boolean, "tables"?: [names], "source"?: hex }`,
      );
  if (!fileSpec(d, d.load))
    throw new Error(`catalog.json: dataset "${d.id}" loads "${d.load}", which is not among its files`);
}

/** A column's name for people in a language, or its schema name when it has none. */
export function columnLabel(column: ColumnSpec, lang: keyof Localized): string {
  return column.label?.[lang] ?? column.name;
}

/** The file entry of a dataset by path. */
export function fileSpec(dataset: DatasetSpec, path: string): FileSpec | undefined {
  return dataset.files.find((f) => f.path === path);
}

/** A dataset by id, or an error naming the ids that exist. */
export function datasetById(catalog: Catalog, id: string): DatasetSpec {
  const found = catalog.datasets.find((d) => d.id === id);
  if (!found)
    throw new Error(`No dataset "${id}" in the catalog (have: ${catalog.datasets.map((d) => d.id).join(', ')})`);
  return found;
}
