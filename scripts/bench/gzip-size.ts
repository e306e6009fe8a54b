import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { levels } from '../vite-plugin-precompress.ts';

const cache = new Map<string, number>();
const brotliCache = new Map<string, number>();

/**
 * The gzip size (level 6, what static hosts typically serve) of a file, computed once per file.
 * The bench server sends identity bodies, so this is what a real host would put on the wire.
 */
export function gzipSize(file: string): number {
  let size = cache.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(file), { level: 6 }).length;
    cache.set(file, size);
  }
  return size;
}

/** The brotli size of a file at the level the build's `.br` copies use (scripts/vite-plugin-precompress.ts). */
export function brotliSize(file: string): number {
  let size = brotliCache.get(file);
  if (size === undefined) {
    const bytes = readFileSync(file);
    size = brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: levels(bytes.length).brotli },
    }).length;
    brotliCache.set(file, size);
  }
  return size;
}
