import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** duckdb-wasm in Node reading one CSV: file read, registerFile, `CREATE TABLE … AS SELECT * FROM read_csv(…)`. */
export interface NodeReadCsvTimes {
  fileReadMs: number;
  registerMs: number;
  readCsvMs: number;
  rows: number;
  version: string;
  /** The child process's peak resident memory. */
  maxRssMb: number;
}

/** The Node reference for one file, or why it could not be measured (exit code, signal, last error lines). */
export type NodeReadCsv = ({ ok: true } & NodeReadCsvTimes) | { ok: false; reason: string };

const CHILD = fileURLToPath(new URL('./big-load-node-child.ts', import.meta.url));
const TIMEOUT_MS = 30 * 60_000;
const REASON_CHARS = 1500;

/** Reads `file` with duckdb-wasm's Node build in a fresh child process (a fresh engine and heap for every file). */
export function nodeReadCsv(file: string): Promise<NodeReadCsv> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, file], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d));
  child.stderr.on('data', (d: Buffer) => (stderr += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
  return new Promise((resolve) => {
    child.on('error', (error) => resolve({ ok: false, reason: `could not start: ${error.message}` }));
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const last = stdout.trim().split('\n').pop() ?? '';
      if (code === 0 && last.startsWith('{')) return resolve({ ok: true, ...(JSON.parse(last) as NodeReadCsvTimes) });
      resolve({ ok: false, reason: `exit ${code ?? signal}: ${stderr.trim().slice(-REASON_CHARS) || 'no message'}` });
    });
  });
}
