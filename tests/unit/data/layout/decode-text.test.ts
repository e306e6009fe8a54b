import { describe, expect, it } from 'vitest';
import { byteOffset } from '../../../../src/data/layout/byte-offset.ts';
import { decodeAs, decodeText } from '../../../../src/data/layout/decode-text.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const BOM = [0xef, 0xbb, 0xbf];

describe('decodeText', () => {
  it('reads valid UTF-8 as UTF-8 and skips a BOM, counting it', () => {
    expect(decodeText(new Uint8Array([...BOM, ...utf8('Kab;é\n')]))).toEqual({
      text: 'Kab;é\n',
      encoding: 'utf-8',
      bomBytes: 3,
    });
    expect(decodeText(utf8('a;b'))).toEqual({ text: 'a;b', encoding: 'utf-8', bomBytes: 0 });
  });

  it('reads bytes that are not UTF-8 as Latin-1, one char per byte', () => {
    expect(decodeText(new Uint8Array([0x52, 0x65, 0x6e, 0xe9, 0x0a]))).toEqual({
      text: 'René\n',
      encoding: 'latin-1',
      bomBytes: 0,
    });
    // Node maps 0x80-0x9F as ISO-8859-1 does, browsers as windows-1252 does; one char a byte either way.
    expect(decodeText(new Uint8Array([0x80, 0x9f, 0xff])).text).toHaveLength(3);
  });

  it('forgives a multi-byte char cut at the end of an incomplete sample only', () => {
    const cut = utf8('ab日').subarray(0, 4);
    expect(decodeText(cut, false)).toEqual({ text: 'ab', encoding: 'utf-8', bomBytes: 0 });
    expect(decodeText(cut, true).encoding).toBe('latin-1');
    const emoji = utf8('a😀').subarray(0, 4);
    expect(decodeText(emoji, false).text).toBe('a');
  });

  it('does not take a Latin-1 byte at the end of a sample for a cut char when the rest proves Latin-1', () => {
    expect(decodeText(new Uint8Array([0xe9, 0x61, 0xe9]), false).encoding).toBe('latin-1');
  });

  it('decodes an empty sample as empty UTF-8', () => {
    expect(decodeText(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8', bomBytes: 0 });
  });
});

describe('decodeAs', () => {
  it('decodes leniently in the given encoding', () => {
    expect(decodeAs(new Uint8Array([0xa9, 0x61]), 'utf-8')).toBe('\ufffda');
    expect(decodeAs(new Uint8Array([0xe9]), 'latin-1')).toBe('é');
  });
});

describe('byteOffset', () => {
  it('counts the BOM and UTF-8 bytes of the text before the offset', () => {
    const decoded = decodeText(new Uint8Array([...BOM, ...utf8('é日😀;x')]));
    expect(byteOffset(decoded, decoded.text.indexOf(';'))).toBe(3 + 2 + 3 + 4);
  });

  it('counts one byte per char in Latin-1', () => {
    const decoded = decodeText(new Uint8Array([0xe9, 0xe9, 0x3b, 0x78]));
    expect(byteOffset(decoded, 2)).toBe(2);
  });
});
