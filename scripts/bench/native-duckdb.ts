import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';

/** The npm release of @duckdb/node-api that wraps DuckDB v1.5.6 (npm suffixes its own revisions: `-r.N`). */
export const NATIVE_PACKAGE = '@duckdb/node-api';
export const NATIVE_VERSION = '1.5.6-r.1';

/**
 * Where it is installed: a cache folder of its own, outside package.json and the lockfile, because
 * its platform binary breaks `npm ci` on this registry. `npm ci` wipes node_modules/, and the next
 * bench reinstalls it.
 */
export const NATIVE_DIR = path.resolve('node_modules/.cache/pantau-bench-native');

/** The little of @duckdb/node-api the bench uses (its types are not installed where tsc looks). */
export interface NativeApi {
  DuckDBInstance: { create(path: string, options?: Record<string, string>): Promise<NativeInstance> };
}
export interface NativeInstance {
  connect(): Promise<NativeConnection>;
  closeSync(): void;
}
export interface NativeConnection {
  run(sql: string): Promise<unknown>;
  runAndReadAll(sql: string): Promise<{ getRowObjectsJS(): Record<string, unknown>[] }>;
  closeSync(): void;
}

/** The native client, or why there is none (the comparison is then skipped, not the bench). */
export type NativeDuckdb = { ok: true; api: NativeApi; library: string } | { ok: false; reason: string };

/** Installs the pinned @duckdb/node-api into NATIVE_DIR when it is not there yet, and loads it. */
export async function loadNativeDuckdb(log: (message: string) => void): Promise<NativeDuckdb> {
  try {
    if (installedVersion() !== NATIVE_VERSION) {
      log(
        `installing ${NATIVE_PACKAGE}@${NATIVE_VERSION} into ${path.relative(process.cwd(), NATIVE_DIR)}/ (not in package.json)`,
      );
      await install();
    }
    const api = createRequire(path.join(NATIVE_DIR, 'package.json'))(NATIVE_PACKAGE) as NativeApi;
    return { ok: true, api, library: `${NATIVE_PACKAGE} ${NATIVE_VERSION}` };
  } catch (error) {
    return {
      ok: false,
      reason: `${NATIVE_PACKAGE}@${NATIVE_VERSION} could not be installed or loaded: ${firstLine(error)}`,
    };
  }
}

// npm's own explanation is on its stderr (e.g. "npm error notarget No matching version found ...").
function firstLine(error: unknown): string {
  const stderr = (error as { stderr?: string } | null)?.stderr ?? '';
  const npmLine = stderr.split('\n').find((l) => /^npm (error|ERR!)/.test(l) && !/ code /.test(l));
  return npmLine ?? (error instanceof Error ? error.message.split('\n')[0]! : String(error));
}

function installedVersion(): string | null {
  const manifest = path.join(NATIVE_DIR, 'node_modules', ...NATIVE_PACKAGE.split('/'), 'package.json');
  return existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version : null;
}

// --prefix makes NATIVE_DIR its own npm root: the project's package.json and lockfile are not read or written.
async function install(): Promise<void> {
  const args = [
    'install',
    '--prefix',
    NATIVE_DIR,
    '--no-save',
    '--no-package-lock',
    '--no-audit',
    '--no-fund',
    `${NATIVE_PACKAGE}@${NATIVE_VERSION}`,
  ];
  await promisify(execFile)('npm', args, { timeout: 300_000 });
}
