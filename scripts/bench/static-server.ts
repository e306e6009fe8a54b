import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

// The bench's own server rather than scripts/serve-static.ts: it serves several folders, picks a free
// port (tests may be running on theirs), and logs every body it sends so the bench can count bytes
// independently of what the browser reports.
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
};

/** A URL prefix served from a folder. */
export interface Mount {
  prefix: string;
  dir: string;
}

/** One response body sent: the URL path, the file behind it and its size. */
export interface Served {
  urlPath: string;
  file: string;
  bytes: number;
}

/** A running server: its origin, the log of bodies sent (clear it between runs) and a way to stop it. */
export interface StaticServer {
  origin: string;
  served: Served[];
  close(): Promise<void>;
}

/** Serves files (no compression, no caching headers, identity bodies) from the longest matching mount. */
export async function startStaticServer(mounts: Mount[], port = 0): Promise<StaticServer> {
  const sorted = [...mounts]
    .sort((a, b) => b.prefix.length - a.prefix.length)
    .map((m) => ({ ...m, dir: path.resolve(m.dir) }));
  const served: Served[] = [];
  const server = createServer(async (req, res) => {
    const urlPath = new URL(req.url ?? '/', 'http://x').pathname;
    const file = fileFor(sorted, urlPath);
    const info = file ? await stat(file).catch(() => null) : null;
    if (!file || !info?.isFile()) return void res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    served.push({ urlPath, file, bytes: info.size });
    res.writeHead(200, {
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Content-Length': info.size,
    });
    res.end(await readFile(file));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${actual}`, served, close: () => closeServer(server) };
}

function fileFor(mounts: Mount[], urlPath: string): string | null {
  const mount = mounts.find((m) => urlPath.startsWith(m.prefix));
  if (!mount) return null;
  const rel = decodeURIComponent(urlPath.slice(mount.prefix.length)) || 'index.html';
  const file = path.resolve(mount.dir, rel.endsWith('/') ? `${rel}index.html` : rel);
  // Refuse paths that climb out of the mounted folder.
  return file === mount.dir || file.startsWith(mount.dir + path.sep) ? file : null;
}

function closeServer(server: ReturnType<typeof createServer>): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
}
