// What the bench page and the Node side exchange through page.evaluate: plain JSON shapes only.

/** The Parquet readers compared in the browser. */
export const READERS = ['parquet-wasm', 'hyparquet', 'hyparquet-bytes'] as const;

/**
 * `parquet-wasm`: the app's decoder (Parquet -> Arrow IPC in wasm).
 * `hyparquet`: hyparquet's JS strings and numbers through apache-arrow's builders (the straightforward port).
 * `hyparquet-bytes`: hyparquet with strings kept as raw UTF-8 bytes, copied straight into Arrow buffers.
 */
export type ReaderName = (typeof READERS)[number];

/** One decode + ingest of a file by one reader; `phases` splits the decode (hyparquet: parse, arrow). */
export interface DecodeRun {
  reader: ReaderName;
  decodeMs: number;
  ingestMs: number;
  totalMs: number;
  phases: Record<string, number>;
}

/** What DuckDB holds after a reader's ingest: row count, column types and a hash of every row. */
export interface TableCheck {
  rows: number;
  types: string;
  fingerprint: string;
}

/** Every timed run of every reader on one file, with each reader's table check. */
export interface FileRuns {
  url: string;
  bytes: number;
  checks: Record<string, TableCheck>;
  rounds: DecodeRun[][];
}

/** The first Parquet file of a fresh page: reader code (and wasm) fetched and started, decode, ingest. */
export interface ColdRun {
  reader: ReaderName;
  firstDecodeMs: number;
  ingestMs: number;
  totalMs: number;
}

/** One run of a statement: its time and a fingerprint of the rows it returned. */
export interface QueryRun {
  ms: number;
  rows: number;
  fingerprint: string;
}

/**
 * The steps of the app's loader, by what it asks of the connection: `decode` parquet-wasm, `ingest`
 * Arrow into DuckDB (insertArrowIPC), `stage` its statements (staging as text, promotion to typed
 * columns, dropping the stage: exec), `validate` its queries (column list, row count, cell checks).
 */
export type LoadStep = 'decode' | 'ingest' | 'stage' | 'validate' | 'prepare';

/**
 * The register loaded by the app's loader: reading the file, then the whole load and its steps.
 * Native DuckDB's read_parquet does all in one statement, so it has no read time and no steps.
 */
export interface RegisterLoadRun {
  readMs: number | null;
  loadMs: number;
  rows: number;
  steps: Partial<Record<LoadStep, number>>;
}

/** One run of the overlap check: the findings table, then the four summaries, and a fingerprint of their rows. */
export interface OverlapCheckRun {
  findingsMs: number;
  summariesMs: number;
  totalMs: number;
  phases: Record<string, number>;
  findings: number;
  fingerprint: string;
}

/** One rule edit as the Overlap view saves it (the statement that writes the rule), then the check run again. */
export interface RuleEditRun {
  editMs: number;
  checkMs: number;
  totalMs: number;
  findings: number;
}

/** What an engine says about itself: `SELECT version()` and the threads it runs queries on. */
export interface EngineInfo {
  version: string;
  threads: number;
}

/** A fresh engine with the overlap data loaded: its register load and what it is. */
export interface OverlapOpened {
  load: RegisterLoadRun;
  info: EngineInfo;
}

/** The functions the bench page puts on `window`. */
export interface BenchWindow {
  runDecoderBench(urls: string[], rounds: number): Promise<FileRuns[]>;
  runColdDecode(reader: ReaderName, url: string): Promise<ColdRun>;
  openQueryBench(syntheticUrl: string): Promise<void>;
  runQuery(sql: string): Promise<QueryRun>;
  openOverlapBench(): Promise<OverlapOpened>;
  runOverlapCheck(): Promise<OverlapCheckRun>;
  runRuleEdit(n: number): Promise<RuleEditRun>;
}
