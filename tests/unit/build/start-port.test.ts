import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// `npm start` builds, then runs the same `vite preview` command as `npm run preview`: that command, exactly as
// package.json has it, runs here on a tiny site (vite itself, not through npm, so stopping it stops the server).
const PREVIEW = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts
  .preview!;
const PORT = Number(/--port (\d+)/.exec(PREVIEW)?.[1]);

function occupy(port: number): Promise<Server | null> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(null)); // already taken by someone else: busy either way
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

// Runs the preview command on a folder and resolves with the first URL it prints.
function previewUrl(outDir: string): Promise<{ url: string; stop: () => void }> {
  const [command, ...args] = PREVIEW.split(' ');
  const child = spawn(path.resolve('node_modules/.bin', command!), [...args, '--outDir', outDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL printed:\n${output}`)), 20_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /Local:\s+(http:\/\/\S+)/.exec(output)?.[1];
      if (!url) return;
      clearTimeout(timer);
      resolve({ url, stop: () => child.kill() });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => reject(new Error(`preview exited (${code}):\n${output}`)));
  });
}

describe('npm start when its port is taken', () => {
  let blocker: Server | null = null;
  let stop = () => {};
  afterAll(() => {
    stop();
    blocker?.close();
  });

  it('serves on the next free port and prints that URL', async () => {
    expect(PREVIEW).toMatch(/^vite preview --port \d+/);
    expect(PREVIEW).not.toContain('--strictPort');
    expect(
      (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts.start,
    ).toBe('vite build && vite preview --port 4173');
    const site = mkdtempSync(path.join(os.tmpdir(), 'pantau-start-'));
    writeFileSync(path.join(site, 'index.html'), '<!doctype html><title>port probe</title>');
    blocker = await occupy(PORT);
    const preview = await previewUrl(site);
    stop = preview.stop;
    expect(new URL(preview.url).port).not.toBe(String(PORT));
    const response = await fetch(preview.url);
    expect(await response.text()).toContain('port probe');
  });
});
