import type { DecodedText } from './decode-text.ts';

/** The byte offset in the file of a char offset in its decoded text, counting the BOM and multi-byte UTF-8 chars. */
export function byteOffset(decoded: DecodedText, charOffset: number): number {
  const prefix = decoded.text.slice(0, charOffset);
  // windows-1252 maps every byte to one UTF-16 unit, so chars are bytes there.
  const bytes = decoded.encoding === 'utf-8' ? new TextEncoder().encode(prefix).length : prefix.length;
  return decoded.bomBytes + bytes;
}
