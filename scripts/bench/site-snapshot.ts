import { existsSync } from 'node:fs';
import { cp, readFile, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * Copies the built site into `to` and returns it. The bench serves the copy because other work on
 * this machine may rebuild dist/ mid-run, which would leave the page pointing at deleted assets.
 */
export async function snapshotSite(from: string, to: string, attempts = 5): Promise<string> {
  for (let attempt = 1; attempt <= attempts; attempt++) {
    await rm(to, { recursive: true, force: true });
    await cp(from, to, { recursive: true });
    if (await isComplete(to)) return to;
    // A build was running while we copied: give it time to finish.
    await new Promise((resolve) => setTimeout(resolve, 3000));
  }
  throw new Error(`${from} kept changing while it was copied; run the bench when no build is running`);
}

// Complete when index.html exists and every asset it names was copied.
async function isComplete(dir: string): Promise<boolean> {
  const index = path.join(dir, 'index.html');
  if (!existsSync(index)) return false;
  const assets = [...(await readFile(index, 'utf8')).matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((m) => m[1]!);
  return assets.length > 0 && assets.every((a) => existsSync(path.join(dir, a)));
}
