import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { Rolldown } from 'vite';
import { gzipSize } from './gzip-size.ts';

const PAGE_DIR = fileURLToPath(new URL('./page/', import.meta.url));

/** What the browser must download to use a reader, on top of what the app already loads (DuckDB, Arrow). */
export interface ReaderDownload {
  reader: string;
  files: string[];
  bytes: number;
  gzipBytes: number;
}

/** Builds the bench page into outDir (own inline config, not the app's) and measures each reader's chunks. */
export async function buildBenchPage(outDir: string): Promise<ReaderDownload[]> {
  const output = await build({
    configFile: false,
    root: PAGE_DIR,
    base: './',
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      assetsInlineLimit: 0,
      chunkSizeWarningLimit: 50_000,
      reportCompressedSize: false,
    },
    worker: { format: 'es' },
  });
  const bundle = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
  const items = bundle.flatMap((o) => o.output);
  return [
    readerDownload('parquet-wasm', items, outDir, /[\\/]node_modules[\\/]parquet-wasm[\\/]/),
    readerDownload('hyparquet', items, outDir, /[\\/]node_modules[\\/]hyparquet[\\/]/),
  ];
}

type OutputItem = Rolldown.RolldownOutput['output'][number];

// A reader's download: the lazy chunks holding its modules, plus its wasm if it has one. A reader found
// in the entry chunk would be downloaded with the page, which would make the comparison meaningless.
function readerDownload(reader: string, items: OutputItem[], outDir: string, module: RegExp): ReaderDownload {
  const chunks = items.filter((i) => i.type === 'chunk' && i.moduleIds.some((id) => module.test(id)));
  if (chunks.some((c) => c.type === 'chunk' && c.isEntry))
    throw new Error(`bench page: ${reader} ended up in the entry chunk`);
  const wasm = items.filter(
    (i) =>
      i.type === 'asset' && i.fileName.endsWith('.wasm') && i.names.some((n) => n.startsWith(reader.replace('-', '_'))),
  );
  const files = [...chunks, ...wasm].map((i) => path.join(outDir, i.fileName));
  const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
  return {
    reader,
    files: files.map((f) => path.relative(outDir, f)),
    bytes,
    gzipBytes: files.reduce((sum, f) => sum + gzipSize(f), 0),
  };
}
