import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PARSE_XML_FILE, patchParseXml } from '../../../scripts/vite-plugin-read-excel-file.ts';

const INSTALLED = readFileSync(`node_modules/${PARSE_XML_FILE}`, 'utf8');
const count = (text: string, part: string): number => text.split(part).length - 1;

describe("the patch to read-excel-file's chunked XML parser", () => {
  it('turns the installed version’s per-chunk recursion into a loop and stops chunks shrinking below 64 KB', () => {
    expect(count(INSTALLED, 'loop();')).toBe(2);
    const patched = patchParseXml(INSTALLED);
    // Only the first call is left; each further chunk is read by the while loop.
    expect(count(patched, 'loop();')).toBe(1);
    expect(count(patched, 'while (parseNextChunk());')).toBe(1);
    expect(count(patched, 'chunkSize /= 2;')).toBe(0);
    expect(count(patched, 'chunkSize = Math.max(chunkSize / 2, INITIAL_CHUNK_SIZE);')).toBe(1);
    expect(patched).toContain('var INITIAL_CHUNK_SIZE = 64 * 1024;');
  });

  it('refuses a version whose code it does not recognise, naming the file and what to re-check', () => {
    const changed = INSTALLED.replace('          loop();\n', '          loop(); // changed\n');
    expect(() => patchParseXml(changed)).toThrow(
      /read-excel-file\/modules\/xml\/parseXml\.js: expected the code .* once, found it 0 times/,
    );
    expect(() => patchParseXml(changed)).toThrow(/vite-plugin-read-excel-file\.ts/);
  });
});
