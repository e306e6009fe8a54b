import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, Rollup } from 'vite';

type OutputBundle = Rollup.OutputBundle;

// The app's own code: the page, its scripts and styles. The engines (DuckDB's workers and every .wasm) and
// the datasets are not on the list: they are kept when first fetched through the worker, so the first visit
// downloads each file once, and only the engine build this browser uses.
const APP_CODE = /^assets\/.*\.(js|css)$/;
const ENGINE = /duckdb-browser-\w+\.worker/;

/**
 * The files a build precaches, relative to the site: the page, the app's scripts and styles (not engines, not
 * data), and the static files of public/ (the icon), which are served as they are.
 */
export function precacheList(fileNames: readonly string[], publicFiles: readonly string[] = []): string[] {
  const code = fileNames.filter((f) => APP_CODE.test(f) && !ENGINE.test(f)).sort();
  return ['./index.html', ...code.map((f) => `./${f}`), ...[...publicFiles].sort().map((f) => `./${f}`)];
}

/** The files under a public/ folder, relative to it (none when it does not exist). */
export function publicFileNames(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

/** A short version of a build: changes whenever any emitted file's name or content does. */
export function buildVersion(bundle: OutputBundle, statics: Readonly<Record<string, Uint8Array>> = {}): string {
  const files: Record<string, string | Uint8Array> = { ...statics };
  for (const [name, item] of Object.entries(bundle)) files[name] = item.type === 'chunk' ? item.code : item.source;
  const hash = createHash('sha256');
  for (const name of Object.keys(files).sort()) {
    hash.update(name);
    hash.update(files[name]!);
  }
  return hash.digest('hex').slice(0, 16);
}

/** The service worker's source for a build. */
export function serviceWorkerSource(template: string, files: string[], version: string): string {
  return template
    .replaceAll('__VERSION__', version)
    .replace(/^const PRECACHE = __PRECACHE__;/m, `const PRECACHE = ${JSON.stringify(files, null, 2)};`);
}

/**
 * Writes `sw.js` next to index.html with the build's own file list, so the site works offline after one
 * visit (the page registers it in production builds only).
 */
export function serviceWorkerPlugin(template = path.resolve('scripts/service-worker.template.js')): Plugin {
  let publicDir = '';
  return {
    name: 'pantau-service-worker',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle(_options, bundle) {
      const statics = publicFileNames(publicDir);
      const files = precacheList([...Object.keys(bundle), 'index.html'], statics);
      // A changed icon is a new version too: its bytes count with the bundle's.
      const version = buildVersion(
        bundle,
        Object.fromEntries(statics.map((f) => [`public/${f}`, readFileSync(path.join(publicDir, f))])),
      );
      const source = serviceWorkerSource(readFileSync(template, 'utf8'), [...new Set(files)], version);
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}
