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

// UTF-16 text and binary formats are full of NUL bytes (every other byte of UTF-16 text). A text file with a
// stray NUL or two is still text: the loader reports the NUL at its row and column instead of refusing blind.
function looksBinary(head: Uint8Array): boolean {
  const sample = head.subarray(0, 4096);
  if (starts(sample, [0xff, 0xfe]) || starts(sample, [0xfe, 0xff])) return true;
  let nul = 0;
  for (const b of sample) if (b === 0) nul++;
  return nul > Math.max(2, sample.length / 100);
}
