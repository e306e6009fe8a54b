import type { UserFileKind } from './recipe.ts';

/** What a file's first bytes and name say it is; `xls` (Excel 97–2003) and `unknown` binary are refused with a hint. */
export type SniffedKind = UserFileKind | 'xls' | 'binary';

/**
 * The kind of a file from its magic bytes (Parquet "PAR1", a zip for xlsx, the OLE header of .xls), falling
 * back to its name; text that is none of these is read as delimited text.
 */
export function fileKind(name: string, head: Uint8Array): SniffedKind {
  if (starts(head, [0x50, 0x41, 0x52, 0x31])) return 'parquet';
  if (starts(head, [0x50, 0x4b, 0x03, 0x04])) return 'xlsx';
  if (starts(head, [0xd0, 0xcf, 0x11, 0xe0])) return 'xls';
  if (/\.parquet$/i.test(name)) return 'parquet';
  if (/\.xlsx$/i.test(name)) return 'xlsx';
  return looksBinary(head) ? 'binary' : 'csv';
}

function starts(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

// Text files have no NUL bytes; UTF-16 and binary formats do.
function looksBinary(head: Uint8Array): boolean {
  return head.subarray(0, 4096).includes(0);
}
