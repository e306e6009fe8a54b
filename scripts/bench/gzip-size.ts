import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const cache = new Map<string, number>();

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
