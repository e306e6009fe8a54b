import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

// A plain static file server for tests and the bench: serves `dist/` under a sub-path (as a static
// host would), with no rewriting, no server logic and the right MIME types for wasm and workers.
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.parquet': 'application/octet-stream',
  '.svg': 'image/svg+xml',
  '.md': 'text/markdown; charset=utf-8',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const root = path.resolve(args.get('root') ?? 'dist');
const base = args.get('base') ?? '/';
const port = Number(args.get('port') ?? 4180);

/** The file under root for a request path inside the base, or null (outside the base or escaping root). */
function fileFor(urlPath: string): string | null {
  if (!urlPath.startsWith(base)) return null;
  const rel = decodeURIComponent(urlPath.slice(base.length)) || 'index.html';
  const file = path.resolve(root, rel.endsWith('/') ? `${rel}index.html` : rel);
  return file.startsWith(root) ? file : null;
}

createServer(async (req, res) => {
  const file = fileFor(new URL(req.url ?? '/', 'http://x').pathname);
  const info = file ? await stat(file).catch(() => null) : null;
  if (!file || !info?.isFile()) {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    return;
  }
  res.writeHead(200, {
    'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    'Content-Length': info.size,
  });
  res.end(await readFile(file));
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} at http://127.0.0.1:${port}${base}`));
