import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, Rollup } from 'vite';

type OutputBundle = Rollup.OutputBundle;

// The engine build for browsers without WebAssembly exceptions: no current browser picks it, so it is
// cached only if one ever fetches it, rather than doubling the first visit's download.
const NOT_PRECACHED = /duckdb-(browser-)?mvp/;

/** The files a build precaches: the page, every emitted file except the fallback engine, relative to the site. */
export function precacheList(fileNames: readonly string[]): string[] {
  const files = fileNames.filter((f) => !NOT_PRECACHED.test(f) && f !== 'sw.js').sort();
  return ['./', ...files.map((f) => `./${f}`)];
}

/** A short version of a build: changes whenever any emitted file's name or content does. */
export function buildVersion(bundle: OutputBundle): string {
  const hash = createHash('sha256');
  for (const name of Object.keys(bundle).sort()) {
    const item = bundle[name]!;
    hash.update(name);
    hash.update(item.type === 'chunk' ? item.code : item.source);
  }
  return hash.digest('hex').slice(0, 16);
}

/** The service worker's source for a build. */
export function serviceWorkerSource(template: string, files: string[], version: string): string {
  return template.replace('__VERSION__', version).replace('__PRECACHE__', JSON.stringify(files, null, 2));
}

/**
 * Writes `sw.js` next to index.html with the build's own file list, so the site works offline after one
 * visit (the page registers it in production builds only).
 */
export function serviceWorkerPlugin(template = path.resolve('scripts/service-worker.template.js')): Plugin {
  return {
    name: 'pantau-service-worker',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const files = precacheList([...Object.keys(bundle), 'index.html']);
      const source = serviceWorkerSource(readFileSync(template, 'utf8'), [...new Set(files)], buildVersion(bundle));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}
