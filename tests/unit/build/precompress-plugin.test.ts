import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { compressibleFiles, levels, MIN_BYTES, precompressFile } from '../../../scripts/vite-plugin-precompress.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A build folder with the kinds of file a build writes. */
function buildFolder(): string {
  dir = mkdtempSync(path.join(tmpdir(), 'pantau-precompress-'));
  mkdirSync(path.join(dir, 'assets'));
  mkdirSync(path.join(dir, 'datasets'));
  const js =
    'export const rows = [' + Array.from({ length: 4000 }, (_, i) => `{"year":${2000 + (i % 26)}}`).join(',') + '];';
  writeFileSync(path.join(dir, 'assets/index-a.js'), js);
  writeFileSync(path.join(dir, 'assets/tiny-b.js'), 'export const x = 1;');
  writeFileSync(path.join(dir, 'datasets/poverty.parquet'), Buffer.alloc(50_000, 7));
  // Bytes that do not compress: no copy is worth writing.
  writeFileSync(path.join(dir, 'assets/noise-c.wasm'), randomBytes(20_000));
  return dir;
}

describe('the precompress plugin', () => {
  it('picks text and wasm files of at least MIN_BYTES, never Parquet or small files', () => {
    buildFolder();
    expect(compressibleFiles(dir)).toEqual([path.join('assets', 'index-a.js'), path.join('assets', 'noise-c.wasm')]);
    expect(MIN_BYTES).toBe(1024);
  });

  it('writes .gz and .br copies that decompress to the very bytes of the file', async () => {
    buildFolder();
    const file = path.join('assets', 'index-a.js');
    const result = await precompressFile(dir, file);
    const original = readFileSync(path.join(dir, file));
    expect(gunzipSync(readFileSync(path.join(dir, `${file}.gz`))).equals(original)).toBe(true);
    expect(brotliDecompressSync(readFileSync(path.join(dir, `${file}.br`))).equals(original)).toBe(true);
    expect(result.raw).toBe(original.length);
    expect(result.gzip).toBeLessThan(original.length / 5);
    expect(result.brotli).toBeLessThan(result.gzip!);
  });

  it('writes no copy that would save less than a tenth', async () => {
    buildFolder();
    const file = path.join('assets', 'noise-c.wasm');
    expect(await precompressFile(dir, file)).toEqual({ file, raw: 20_000, gzip: null, brotli: null });
    expect(existsSync(path.join(dir, `${file}.gz`))).toBe(false);
    expect(existsSync(path.join(dir, `${file}.br`))).toBe(false);
  });

  it("uses the best levels for the app's files and faster ones for the engines' tens of megabytes", () => {
    expect(levels(300_000)).toEqual({ brotli: 11, gzip: 9 });
    expect(levels(34_000_000)).toEqual({ brotli: 5, gzip: 6 });
  });
});
