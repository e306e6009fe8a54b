import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { datasetsPlugin } from './scripts/vite-plugin-datasets.ts';
import { serviceWorkerPlugin } from './scripts/vite-plugin-service-worker.ts';
import { cspPlugin } from './scripts/vite-plugin-csp.ts';
import { precompressPlugin } from './scripts/vite-plugin-precompress.ts';
import { readExcelFilePlugin } from './scripts/vite-plugin-read-excel-file.ts';

/** Test files that replace a module with vi.mock: they need a module graph of their own. */
export const MOCKS_MODULES = ['tests/unit/data/xlsx/read-xlsx-library-edges.test.ts'];

// base './' so the build works from any sub-path of a static host.
export default defineConfig({
  base: './',
  plugins: [svelte(), readExcelFilePlugin(), datasetsPlugin(), serviceWorkerPlugin(), cspPlugin(), precompressPlugin()],
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1500,
  },
  // Workers are bundled with their own plugins: the workbook worker is where read-excel-file runs.
  worker: { format: 'es', plugins: () => [readExcelFilePlugin()] },
  // Pre-bundled dependencies skip plugins, so the dev server serves read-excel-file as files to patch.
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm', 'parquet-wasm', 'read-excel-file'] },
  test: {
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Two workers on two cores: measured 4 min 46 s against 7 min 55 s with Vitest's default (one per core
    // plus the main process competing). PANTAU_UNIT_WORKERS changes it on a bigger machine.
    maxWorkers: Number(process.env.PANTAU_UNIT_WORKERS ?? 2),
    env: { TZ: 'Asia/Makassar' },
    // Vitest leaves node_modules to Node unless inlined; inlined, read-excel-file gets the build's patch.
    server: { deps: { inline: ['read-excel-file'] } },
    projects: [
      {
        extends: true,
        // Files run one after another in a worker process that stays (no new process and module graph per
        // file), so the DuckDB engine compiled for one file serves the next: measured 160 s against 332 s.
        // Tests restore what they change (stubbed globals, fake timers) in afterEach.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude: MOCKS_MODULES, isolate: false },
      },
      {
        extends: true,
        // vi.mock replaces a module for the whole module graph, so these files get a fresh one each.
        test: { name: 'mocked', include: MOCKS_MODULES, isolate: true },
      },
    ],
  },
});
