import { XlsxError } from './xlsx-error.ts';

// read-excel-file's own messages, reworded for a planner who does not know what a zip is.
const INPUT_PROBLEMS: Record<string, string> = {
  XLS_FILE_NOT_SUPPORTED: 'this is an old-style .xls workbook (Excel 97-2003); save it as .xlsx',
  FILE_NOT_SUPPORTED: 'this file is not an Excel .xlsx workbook',
  INVALID_ZIP: 'this file is not an Excel .xlsx workbook (its contents are damaged or not a workbook)',
  INPUT_TYPE_NOT_SUPPORTED: 'this file could not be read as bytes',
};

// Password-protected .xlsx files and legacy .xls files share the OLE container (signature D0 CF 11 E0 ...);
// only the encrypted one holds a stream named "EncryptedPackage" (UTF-16LE in the directory).
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ENCRYPTED_STREAM = Array.from('EncryptedPackage').flatMap((ch) => [ch.charCodeAt(0), 0]);

/** An XlsxError for bytes that are a password-protected workbook, checked before any parsing; null otherwise. */
export function encryptedWorkbookError(bytes: Uint8Array): XlsxError | null {
  if (!startsWith(bytes, OLE_SIGNATURE) || !contains(bytes, ENCRYPTED_STREAM)) return null;
  return new XlsxError('not-xlsx', 'this workbook is password-protected; save a copy without a password and open that');
}

/** The XlsxError for whatever read-excel-file (or anything under it) threw while reading `sheet`. */
export function xlsxErrorFrom(error: unknown, sheet?: string | number): XlsxError {
  if (error instanceof XlsxError) return error;
  // Matched by name, as the library advises: its ESM and CJS builds have different classes.
  const name = error instanceof Error ? error.name : '';
  if (name === 'InvalidInputError') return inputError(error);
  if (name === 'SheetNotFoundError') return noSheet(sheet ?? '', (error as { sheets?: unknown }).sheets);
  const detail = error instanceof Error ? error.message : String(error);
  return new XlsxError('unreadable', `the workbook could not be read: ${detail}`, { cause: error });
}

/** The XlsxError for a sheet index or name the workbook does not have. */
export function noSheet(sheet: string | number, names?: unknown): XlsxError {
  const have = Array.isArray(names) ? ` (it has: ${names.join(', ')})` : '';
  return new XlsxError('no-sheet', `the workbook has no sheet ${missingSheet(sheet)}${have}`);
}

// People count sheets from 1; an index that is not a position at all is quoted as given.
function missingSheet(sheet: string | number): string {
  if (typeof sheet === 'string') return `named ${JSON.stringify(sheet)}`;
  return Number.isInteger(sheet) && sheet >= 0 ? `number ${sheet + 1}` : `at index ${sheet}`;
}

function inputError(error: unknown): XlsxError {
  const code = String((error as { code?: unknown }).code);
  if (code === 'NO_DATA') return new XlsxError('empty', 'the file is empty (0 bytes)', { cause: error });
  return new XlsxError('not-xlsx', INPUT_PROBLEMS[code] ?? INPUT_PROBLEMS.FILE_NOT_SUPPORTED!, { cause: error });
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function contains(bytes: Uint8Array, needle: number[]): boolean {
  const first = needle[0]!;
  for (let i = bytes.indexOf(first); i >= 0; i = bytes.indexOf(first, i + 1)) {
    if (needle.every((b, j) => bytes[i + j] === b)) return true;
  }
  return false;
}
