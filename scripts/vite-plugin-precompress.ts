import { readdirSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Files a host can send compressed: text and WebAssembly. Parquet and images are compressed already. */
const COMPRESSIBLE = /\.(js|mjs|css|html|wasm|json|csv|geojson|svg|md|webmanifest|txt)$/;
/** Below this a compressed copy saves less than a request's headers (measured: see README, Performance). */
export const MIN_BYTES = 1024;
/** A copy is written only when it is at most this share of the original. */
const MAX_RATIO = 0.9;

/**
 * Compression levels by size: the best for the app's files, faster ones for the engines' tens of megabytes
 * (measured on DuckDB's 34 MB wasm: brotli 9 gives 5.92 MB in 6.8 s, brotli 5 6.19 MB in 1.8 s; gzip 9
 * saves 0.4 % over gzip 6 in 1.6 times the time), so a build stays a few seconds.
 */
export function levels(bytes: number): { brotli: number; gzip: number } {
  return bytes > 1_000_000 ? { brotli: 5, gzip: 6 } : { brotli: 11, gzip: 9 };
}

/** The files under a folder that a host should find compressed beside them, relative to it. */
export function compressibleFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && COMPRESSIBLE.test(entry.name))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .filter((file) => statSync(path.join(dir, file)).size >= MIN_BYTES)
    .sort();
}

/** What one file's copies came to, in bytes. */
export interface Compressed {
  file: string;
  raw: number;
  gzip: number | null;
  brotli: number | null;
}

/** Writes `<file>.gz` and `<file>.br` beside a file, each only when it is worth it. */
export async function precompressFile(dir: string, file: string): Promise<Compressed> {
  const bytes = await readFile(path.join(dir, file));
  const level = levels(bytes.length);
  // zlib's asynchronous calls run on libuv's threads, so the two copies (and files) are made in parallel.
  const [gzipped, brotli] = await Promise.all([
    gzipAsync(bytes, { level: level.gzip }),
    brotliAsync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: level.brotli,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  ]);
  const keep = async (copy: Buffer, ext: string): Promise<number | null> => {
    if (copy.length > bytes.length * MAX_RATIO) return null;
    await writeFile(path.join(dir, `${file}${ext}`), copy);
    return copy.length;
  };
  return { file, raw: bytes.length, gzip: await keep(gzipped, '.gz'), brotli: await keep(brotli, '.br') };
}

/**
 * Writes gzip and brotli copies beside every large text or wasm file of the build, for hosts that serve a
 * precompressed file when the browser accepts it (nginx `gzip_static`/`brotli_static`, Caddy `precompressed`,
 * Apache with rewrite rules: see the README). The page never asks for them by name.
 */
export function precompressPlugin(): Plugin {
  let outDir = '';
  return {
    name: 'pantau-precompress',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await Promise.all(compressibleFiles(outDir).map((file) => precompressFile(outDir, file)));
    },
  };
}
