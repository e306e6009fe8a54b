import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

const DATASET_FILE = /\.(parquet|csv|json|md)$/;

/** The bundled dataset files: top-level files of `datasets/` (facts/ stays out of the site). */
function datasetFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => DATASET_FILE.test(f) && statSync(path.join(dir, f)).isFile());
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
        const match = /\/datasets\/([^/?#]+)/.exec(req.url ?? '');
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
