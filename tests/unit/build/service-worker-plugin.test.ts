import { describe, expect, it } from 'vitest';
import type { Rollup } from 'vite';
import { buildVersion, precacheList, serviceWorkerSource } from '../../../scripts/vite-plugin-service-worker.ts';

const asset = (fileName: string, source: string) =>
  ({ type: 'asset', fileName, source }) as unknown as Rollup.OutputBundle[string];

describe('the service worker plugin', () => {
  it('precaches the page and every emitted file but the fallback engine build, relative to the site', () => {
    expect(
      precacheList([
        'index.html',
        'assets/duckdb-eh-x.wasm',
        'assets/duckdb-mvp-y.wasm',
        'assets/duckdb-browser-mvp.worker-z.js',
        'datasets/poverty.parquet',
        'sw.js',
      ]),
    ).toEqual(['./', './assets/duckdb-eh-x.wasm', './datasets/poverty.parquet', './index.html']);
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
});
