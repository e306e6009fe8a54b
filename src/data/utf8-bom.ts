/** The UTF-8 byte-order mark, which Excel needs to read a CSV as UTF-8 rather than the local code page. */
export const UTF8_BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

/** The bytes with a UTF-8 byte-order mark in front. */
export function withUtf8Bom(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(UTF8_BOM.length + bytes.length);
  out.set(UTF8_BOM);
  out.set(bytes, UTF8_BOM.length);
  return out;
}
