import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

const DATASET_FILE = /\.(parquet|csv|json|md|duckdb\.gzip)$/;
// Boundary files travel with their licence and README.
const BOUNDARY_FILE = /\.(geojson|md|txt)$/;
const BOUNDARIES = 'boundaries';

const filesIn = (dir: string, pattern: RegExp) =>
  readdirSync(dir).filter((f) => pattern.test(f) && statSync(path.join(dir, f)).isFile());

/** The bundled dataset files: top-level files of `datasets/` and `boundaries/*` (facts/ stays out of the site). */
export function datasetFiles(dir: string): string[] {
  const boundaries = existsSync(path.join(dir, BOUNDARIES))
    ? filesIn(path.join(dir, BOUNDARIES), BOUNDARY_FILE).map((f) => `${BOUNDARIES}/${f}`)
    : [];
  return [...filesIn(dir, DATASET_FILE), ...boundaries];
}

/**
 * Publishes `datasets/` at `./datasets/` of the site: served by the dev server, emitted into the
 * build, so the page reads its data from its own origin under any sub-path.
 */
export function datasetsPlugin(dir = path.resolve('datasets')): Plugin {
  return {
    name: 'pantau-datasets',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const match = /\/datasets\/((?:boundaries\/)?[^/?#]+)/.exec(req.url ?? '');
        const file = match?.[1];
        if (!file || !datasetFiles(dir).includes(file)) return next();
        res.setHeader('Cache-Control', 'no-cache');
        res.end(readFileSync(path.join(dir, file)));
      });
    },
    generateBundle() {
      for (const file of datasetFiles(dir)) {
        this.emitFile({ type: 'asset', fileName: `datasets/${file}`, source: readFileSync(path.join(dir, file)) });
      }
    },
  };
}
