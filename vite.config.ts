import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { datasetsPlugin } from './scripts/vite-plugin-datasets.ts';
import { serviceWorkerPlugin } from './scripts/vite-plugin-service-worker.ts';
import { cspPlugin } from './scripts/vite-plugin-csp.ts';

// base './' so the build works from any sub-path of a static host.
export default defineConfig({
  base: './',
  plugins: [svelte(), datasetsPlugin(), serviceWorkerPlugin(), cspPlugin()],
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1500,
  },
  worker: { format: 'es' },
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm', 'parquet-wasm'] },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Two workers on two cores: measured 4 min 46 s against 7 min 55 s with Vitest's default (one per core
    // plus the main process competing). PANTAU_UNIT_WORKERS changes it on a bigger machine.
    maxWorkers: Number(process.env.PANTAU_UNIT_WORKERS ?? 2),
    env: { TZ: 'Asia/Makassar' },
  },
});
