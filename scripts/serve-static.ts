import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

// A plain static file server for tests and the bench: serves `dist/` under a sub-path (as a static
// host would), with no rewriting, no server logic, the right MIME types for wasm and workers, and the
// build's precompressed copies where the browser accepts them.
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

/** The build's compressed copy of a file that the browser accepts (brotli first), if there is one. */
async function precompressed(
  file: string,
  accepts: string,
): Promise<{ file: string; encoding: string; size: number } | null> {
  for (const [encoding, ext] of [
    ['br', '.br'],
    ['gzip', '.gz'],
  ] as const) {
    if (!new RegExp(`\\b${encoding}\\b`).test(accepts)) continue;
    const info = await stat(file + ext).catch(() => null);
    if (info?.isFile()) return { file: file + ext, encoding, size: info.size };
  }
  return null;
}

createServer(async (req, res) => {
  const file = fileFor(new URL(req.url ?? '/', 'http://x').pathname);
  const info = file ? await stat(file).catch(() => null) : null;
  if (!file || !info?.isFile()) {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    return;
  }
  // As a host set up for the build's precompressed copies would: `<file>.br` or `<file>.gz` when the browser
  // accepts it, so the tests run the site the way such a host serves it.
  const accepts = String(req.headers['accept-encoding'] ?? '');
  const copy = await precompressed(file, accepts);
  res.writeHead(200, {
    'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    'Content-Length': copy?.size ?? info.size,
    Vary: 'Accept-Encoding',
    ...(copy ? { 'Content-Encoding': copy.encoding } : {}),
  });
  res.end(await readFile(copy?.file ?? file));
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} at http://127.0.0.1:${port}${base}`));
