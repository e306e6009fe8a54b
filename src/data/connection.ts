/**
 * The one narrow interface every query runs through, in the browser and under Vitest.
 * Implementations: `duckdb-browser.ts` (worker, async) and `duckdb-node.ts` (blocking Node build).
 */
export type Row = Record<string, unknown>;

export interface DbConnection {
  /** Runs a statement that returns rows, as plain objects (numbers, never bigint or decimal objects). */
  query<T = Row>(sql: string): Promise<T[]>;
  /** Runs one or more statements for their effect. */
  exec(sql: string): Promise<void>;
  /** Makes bytes readable by DuckDB's file functions (read_csv) under `name`. */
  registerFile(name: string, bytes: Uint8Array): Promise<void>;
  /** Forgets a file registered with `registerFile` or written by DuckDB. */
  dropFile(name: string): Promise<void>;
  /** Creates `table` from an Arrow IPC stream. */
  insertArrowIPC(table: string, ipc: Uint8Array): Promise<void>;
  /** Releases the engine. */
  close(): Promise<void>;
}

/**
 * Decodes Parquet bytes into an Arrow IPC stream that DuckDB can ingest. `warm`, when present, loads the
 * decoder itself ahead of the first call, so it can download while the file does.
 */
export type ParquetDecoder = ((bytes: Uint8Array) => Promise<Uint8Array>) & { warm?: () => Promise<unknown> };
