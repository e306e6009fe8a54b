import { readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliSize, gzipSize } from './gzip-size.ts';

/** The app's JavaScript a first load fetches before anything is asked for: the page's module and its preloads. */
export interface FirstLoadJs {
  files: string[];
  raw: number;
  gzip: number;
  brotli: number;
}

/**
 * Reads the built page for its module script and `modulepreload` links (Vite lists every chunk the first
 * script imports statically). The engines' JavaScript, Arquero and every view but the overview are chunks
 * loaded with `import()`, so they are not on this list.
 */
export function firstLoadJs(siteDir: string): FirstLoadJs {
  const html = readFileSync(path.join(siteDir, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
  const preloads = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  const files = [...new Set([...scripts, ...preloads])].map((f) => path.join(siteDir, f.replace(/^\.\//, '')));
  if (!scripts.length) throw new Error(`bench: no module script in ${siteDir}/index.html`);
  return {
    files: files.map((f) => path.relative(siteDir, f)),
    raw: files.reduce((n, f) => n + readFileSync(f).length, 0),
    gzip: files.reduce((n, f) => n + gzipSize(f), 0),
    brotli: files.reduce((n, f) => n + brotliSize(f), 0),
  };
}
