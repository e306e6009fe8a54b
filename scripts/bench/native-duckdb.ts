/**
 * Native DuckDB for the bench's comparisons: `@duckdb/node-api`, a pinned dev dependency (npm's name for
 * DuckDB v1.5.6 is `1.5.6-r.1`), installed by `npm ci` with the rest. Only the bench loads it; the app and
 * the tests never do.
 */
import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';

export const NATIVE_PACKAGE = '@duckdb/node-api';

/** The little of @duckdb/node-api the bench uses. */
export interface NativeApi {
  DuckDBInstance: { create(path: string, options?: Record<string, string>): Promise<NativeInstance> };
}
export type NativeInstance = Pick<DuckDBInstance, 'closeSync'> & { connect(): Promise<NativeConnection> };
export type NativeConnection = Pick<DuckDBConnection, 'run' | 'runAndReadAll' | 'closeSync'>;

/** The native client, or why there is none (the comparison is then skipped, not the bench). */
export type NativeDuckdb = { ok: true; api: NativeApi; library: string } | { ok: false; reason: string };

/** Loads the installed @duckdb/node-api (its platform binary may be missing on an unusual machine). */
export async function loadNativeDuckdb(): Promise<NativeDuckdb> {
  try {
    const api = (await import('@duckdb/node-api')) as unknown as NativeApi;
    const { default: manifest } = (await import('@duckdb/node-api/package.json', { with: { type: 'json' } })) as {
      default: { version: string };
    };
    return { ok: true, api, library: `${NATIVE_PACKAGE} ${manifest.version}` };
  } catch (error) {
    return {
      ok: false,
      reason: `${NATIVE_PACKAGE} could not be loaded: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    };
  }
}
