import type { DbConnection, ParquetDecoder } from '../connection.ts';
import { DatasetError, fileLevelReport, unreadableError } from '../dataset-error.ts';
import { detectLayout } from '../layout/detect-layout.ts';
import type { Delimiter, TableLayout } from '../layout/table-layout.ts';
import type { UserFileKind } from './recipe.ts';
import { fileKind } from './file-kind.ts';
import { sizeIssue } from './size-limit.ts';
import { xlsxAsCsv } from './xlsx-as-csv.ts';
import { inspectParquet } from './stage-user-parquet.ts';

/** What the head of a file's text says before anything is loaded: layout, headers, a preview. */
export interface InspectedFile {
  name: string;
  size: number;
  kind: UserFileKind;
  /** The file as the user gave it (kept in the browser for reloads). */
  original: Blob;
  /** What the loader reads: the file itself, or for a workbook its sheet written as CSV. */
  readable: Blob;
  sheets: string[];
  sheet: string | null;
  layout: TableLayout | null;
  headers: string[];
  preview: string[][];
}

/** Choices the user may change on the mapping screen before the file is read again. */
export interface LayoutOverrides {
  sheet?: string | null;
  delimiter?: Delimiter;
  decimal?: '.' | ',';
  headerLine?: number;
}

const HEAD_BYTES = 256 * 1024;
const TAIL_BYTES = 64 * 1024;

/** Looks at a user's file: its kind, size, layout (CSV, xlsx) or columns (Parquet), and a preview. */
export async function inspectUserFile(
  conn: DbConnection,
  name: string,
  file: Blob,
  decode: ParquetDecoder,
  overrides: LayoutOverrides = {},
): Promise<InspectedFile> {
  try {
    return await inspect(conn, name, file, decode, overrides);
  } catch (error) {
    throw unreadableError('', name, error);
  }
}

async function inspect(
  conn: DbConnection,
  name: string,
  file: Blob,
  decode: ParquetDecoder,
  overrides: LayoutOverrides,
): Promise<InspectedFile> {
  const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
  const kind = fileKind(name, head);
  if (kind === 'xls') refuse(name, 'not-xlsx', 'an old-style .xls workbook (Excel 97-2003); save it as .xlsx');
  if (kind === 'binary') refuse(name, 'not-a-table-file', 'binary content: not CSV text, Parquet or an .xlsx workbook');
  const tooLarge = sizeIssue(name, kind, file.size);
  if (tooLarge) throw new DatasetError(fileLevelReport('', tooLarge));
  const base = { name, size: file.size, kind, original: file };
  if (kind === 'parquet')
    return {
      ...base,
      ...(await parquetColumns(conn, file, decode)),
      readable: file,
      sheets: [],
      sheet: null,
      layout: null,
    };
  if (kind === 'xlsx') return inspectXlsx(base, file, overrides);
  const tail = file.size > HEAD_BYTES ? new Uint8Array(await file.slice(file.size - TAIL_BYTES).arrayBuffer()) : null;
  return withLayout({ ...base, readable: file, sheets: [], sheet: null }, detectLayout(head, tail, overrides));
}

async function inspectXlsx(
  base: Pick<InspectedFile, 'name' | 'size' | 'kind' | 'original'>,
  file: Blob,
  overrides: LayoutOverrides,
): Promise<InspectedFile> {
  const sheet = await xlsxAsCsv(file, overrides.sheet ?? null);
  const text = new Uint8Array(await sheet.blob.arrayBuffer());
  const layout = detectLayout(text, null, { ...overrides, decimal: overrides.decimal ?? sheet.decimal });
  return withLayout({ ...base, readable: sheet.blob, sheets: sheet.sheets, sheet: sheet.sheet }, layout);
}

function withLayout(base: Omit<InspectedFile, 'layout' | 'headers' | 'preview'>, layout: TableLayout): InspectedFile {
  if (layout.columnCount === 0) refuseEmpty(base.name);
  return { ...base, layout, headers: layout.headers, preview: layout.preview };
}

// Each inspection's table is named for it: two files picked at once must not read each other's columns.
let inspections = 0;

async function parquetColumns(
  conn: DbConnection,
  file: Blob,
  decode: ParquetDecoder,
): Promise<{ headers: string[]; preview: string[][] }> {
  const { headers, preview } = await inspectParquet(
    conn,
    new Uint8Array(await file.arrayBuffer()),
    decode,
    `_user_inspect_${++inspections}`,
  );
  return { headers, preview };
}

function refuse(file: string, reason: 'not-xlsx' | 'not-a-table-file', detail: string): never {
  throw new DatasetError(
    fileLevelReport('', { file, row: 0, column: null, value: null, reason, expected: null, detail }),
  );
}

function refuseEmpty(file: string): never {
  throw new DatasetError(
    fileLevelReport('', {
      file,
      row: 0,
      column: null,
      value: null,
      reason: 'empty',
      expected: 'at least one data row',
    }),
  );
}
