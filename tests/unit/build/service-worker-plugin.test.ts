import { readFileSync } from 'node:fs';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { Rollup } from 'vite';
import {
  buildVersion,
  precacheList,
  publicFileNames,
  serviceWorkerSource,
} from '../../../scripts/vite-plugin-service-worker.ts';

const asset = (fileName: string, source: string) =>
  ({ type: 'asset', fileName, source }) as unknown as Rollup.OutputBundle[string];

describe('the service worker plugin', () => {
  it('precaches the page and the app code only: engines and datasets are kept when first fetched', () => {
    expect(
      precacheList([
        'index.html',
        'assets/index-a.js',
        'assets/index-b.css',
        'assets/read-xlsx-c.js',
        'assets/duckdb-eh-x.wasm',
        'assets/duckdb-mvp-y.wasm',
        'assets/duckdb-browser-eh.worker-w.js',
        'assets/duckdb-browser-mvp.worker-z.js',
        'assets/duckdb-browser-u.js',
        'assets/parquet_wasm_bg-v.wasm',
        'datasets/poverty.parquet',
        'datasets/register.parquet',
        'sw.js',
      ]),
    ).toEqual([
      './index.html',
      './assets/duckdb-browser-u.js',
      './assets/index-a.js',
      './assets/index-b.css',
      './assets/read-xlsx-c.js',
    ]);
  });

  it('precaches the static files of public/ as they are served, at the site root', () => {
    expect(precacheList(['index.html', 'assets/index-a.js'], ['icons/b.png', 'favicon.svg'])).toEqual([
      './index.html',
      './assets/index-a.js',
      './favicon.svg',
      './icons/b.png',
    ]);
    expect(publicFileNames('public')).toContain('favicon.svg');
    expect(publicFileNames('no-such-folder')).toEqual([]);
  });

  it('changes its version when a file with an unhashed name (a dataset) changes, and only then', () => {
    const a = buildVersion({ 'datasets/poverty.csv': asset('datasets/poverty.csv', '64;2025;mar;5,17') });
    const same = buildVersion({ 'datasets/poverty.csv': asset('datasets/poverty.csv', '64;2025;mar;5,17') });
    const changed = buildVersion({ 'datasets/poverty.csv': asset('datasets/poverty.csv', '64;2025;mar;5,18') });
    expect(same).toBe(a);
    expect(changed).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{16}$/);
  });

  it('writes the version and the list into the worker', () => {
    const source = serviceWorkerSource(
      "const VERSION = '__VERSION__';\nconst PRECACHE = __PRECACHE__;",
      ['./', './index.html'],
      'abc',
    );
    expect(source).toBe(`const VERSION = 'abc';\nconst PRECACHE = [\n  "./",\n  "./index.html"\n];`);
  });

  it('writes a worker that runs: the real template, filled in, compiles and holds the list (a placeholder left in a comment once broke it)', () => {
    const template = readFileSync('scripts/service-worker.template.js', 'utf8');
    const source = serviceWorkerSource(template, ['./index.html', './assets/index-a.js'], 'v1');
    expect(() => new Script(source)).not.toThrow();
    expect(source).toContain(`const PRECACHE = [\n  "./index.html",\n  "./assets/index-a.js"\n];`);
    expect(source).toContain("const VERSION = 'v1';");
    // Outside the comments, no placeholder is left.
    expect(source.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')).not.toMatch(/__(PRECACHE|VERSION)__/);
  });
});
