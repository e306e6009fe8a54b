import type { TableLayout } from './table-layout.ts';

/** Text decoded from a sample of a file, how it was decoded, and how many BOM bytes precede it in the file. */
export interface DecodedText {
  text: string;
  encoding: TableLayout['encoding'];
  bomBytes: number;
}

/** Decodes a file's first bytes as UTF-8 when they are valid UTF-8, else as Latin-1 (windows-1252), skipping a UTF-8 BOM; `complete: false` forgives a char cut at the end. */
export function decodeText(bytes: Uint8Array, complete = true): DecodedText {
  const bomBytes = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(bomBytes);
  const kept = complete ? body : body.subarray(0, body.length - cutCharLength(body));
  const utf8 = strictUtf8(kept);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', bomBytes };
  return { text: decodeAs(body, 'latin-1'), encoding: 'latin-1', bomBytes };
}

/** Decodes bytes leniently in a known encoding (for a tail sample, which may start mid-char). */
export function decodeAs(bytes: Uint8Array, encoding: TableLayout['encoding']): string {
  if (encoding === 'utf-8') return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  try {
    return new TextDecoder('windows-1252').decode(bytes);
  } catch {
    // A Node built without full ICU lacks windows-1252; ISO-8859-1 differs only in 0x80-0x9F.
    return Array.from(bytes, (byte) => String.fromCharCode(byte)).join('');
  }
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** How many bytes at the end are the start of a UTF-8 char that the sample cut off (0 when none). */
function cutCharLength(bytes: Uint8Array): number {
  for (let k = 1; k <= Math.min(3, bytes.length); k++) {
    const byte = bytes[bytes.length - k] ?? 0;
    if (byte >= 0x80 && byte < 0xc0) continue;
    return sequenceLength(byte) > k ? k : 0;
  }
  return 0;
}

function sequenceLength(lead: number): number {
  if (lead >= 0xf0) return 4;
  if (lead >= 0xe0) return 3;
  return lead >= 0xc0 ? 2 : 1;
}
