/**
 * The only module that touches read-excel-file. The app imports it with `import()` so the library
 * lands in its own chunk, fetched when the first workbook is opened.
 */
import readXlsxFile, { readSheet } from 'read-excel-file/universal';
import type { Cell } from './cell.ts';
import { encryptedWorkbookError, noSheet, xlsxErrorFrom } from './xlsx-error-from.ts';
import { XlsxError } from './xlsx-error.ts';
import { MAX_SHEET_CELLS, sheetExtent } from './sheet-extent.ts';

export type { Cell } from './cell.ts';
export { XlsxError, type XlsxErrorReason } from './xlsx-error.ts';

// Excel forbids [ ] in sheet names, so no workbook saved by Excel has a sheet called this.
const NO_SUCH_SHEET = '[]';

/** The sheet names of a workbook, in order. */
export async function xlsxSheetNames(bytes: Uint8Array): Promise<string[]> {
  const listed = await guarded(bytes, undefined, sheetList);
  if (listed) return listed;
  const sheets = await guarded(bytes, undefined, (input) => readXlsxFile(input));
  return sheets.map((s) => s.sheet);
}

/** The rows of one sheet (by name or 0-based index) as cells; trailing empty rows dropped. */
export async function readXlsxRows(bytes: Uint8Array, sheet: string | number): Promise<Cell[][]> {
  refuseOversizedSheet(bytes, sheet);
  const data = await guarded(bytes, sheet, (input) => readSheet(input, librarySheet(sheet)));
  const rows = data.map((row) => row.map(toCell));
  if (!rows.some((row) => row.some((cell) => cell !== null))) {
    throw new XlsxError('empty', `${sheetLabel(sheet)} has no values`);
  }
  return rows;
}

// A sheet whose filled cells span more than the browser can hold is refused before the library pads it out.
function refuseOversizedSheet(bytes: Uint8Array, sheet: string | number): void {
  const extent = sheetExtent(bytes, sheet);
  if (!extent || extent.rows * extent.columns <= MAX_SHEET_CELLS) return;
  throw new XlsxError(
    'sheet-too-large',
    `the sheet ${JSON.stringify(extent.sheet)} has a value in cell ${extent.farthest}: ${extent.rows} rows × ${extent.columns} columns, more than ${MAX_SHEET_CELLS} cells`,
    { extent },
  );
}

// Runs a library call on a private copy of the bytes, translating whatever it throws.
async function guarded<T>(
  bytes: Uint8Array,
  sheet: string | number | undefined,
  read: (input: ArrayBuffer) => Promise<T>,
): Promise<T> {
  const encrypted = encryptedWorkbookError(bytes);
  if (encrypted) throw encrypted;
  try {
    // The universal entry takes only an exact ArrayBuffer; a Uint8Array may be a view into a larger one.
    return await read(new Uint8Array(bytes).buffer);
  } catch (error) {
    throw xlsxErrorFrom(error, sheet);
  }
}

// The library has no names-only call, and reading every sheet costs about four times as much on a
// large workbook. Asking for a sheet that cannot exist fails once the sheet list is read, before any
// cells are parsed, and the error carries the names. That property is undocumented, so without it
// (or if the odd sheet does exist) the caller falls back to reading everything.
async function sheetList(input: ArrayBuffer): Promise<string[] | null> {
  try {
    await readSheet(input, NO_SUCH_SHEET);
    return null;
  } catch (error) {
    const names: unknown = (error as { sheets?: unknown }).sheets;
    if (error instanceof Error && error.name === 'SheetNotFoundError')
      return Array.isArray(names) ? names.map(String) : null;
    throw error;
  }
}

// The library counts sheets from 1 and misreads 0 or fractions, so only whole indexes pass.
function librarySheet(sheet: string | number): string | number {
  if (typeof sheet === 'string') return sheet;
  if (!Number.isInteger(sheet) || sheet < 0) throw noSheet(sheet);
  return sheet + 1;
}

function sheetLabel(sheet: string | number): string {
  return typeof sheet === 'number' ? `sheet number ${sheet + 1}` : `the sheet ${JSON.stringify(sheet)}`;
}

// The library's declared cell type says `typeof Date` where it returns Date instances.
function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date)
    return value;
  return String(value);
}
