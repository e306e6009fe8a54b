/**
 * Run by big-load-node.ts in a child process of its own, so that running out of memory on a large
 * file ends this process and not the bench: reads a CSV into a table with duckdb-wasm's Node build
 * (read_csv's own type detection, none of the app's checks) and prints the timings as one JSON line.
 */
import { readFile } from 'node:fs/promises';
import { createNodeConnection } from '../../src/data/duckdb-node.ts';
import { timed } from './page/timed.ts';
import type { NodeReadCsvTimes } from './big-load-node.ts';

const NAME = 'big.csv';

async function readCsv(file: string): Promise<NodeReadCsvTimes> {
  const [bytes, fileReadMs] = await timed(async () => new Uint8Array(await readFile(file)));
  const conn = await createNodeConnection();
  try {
    const [, registerMs] = await timed(() => conn.registerFile(NAME, bytes));
    const [, readCsvMs] = await timed(() => conn.exec(`CREATE TABLE t AS SELECT * FROM read_csv('${NAME}')`));
    const [row] = await conn.query<{ rows: number; version: string }>(
      'SELECT count(*) AS rows, version() AS version FROM t',
    );
    return {
      fileReadMs,
      registerMs,
      readCsvMs,
      rows: row?.rows ?? 0,
      version: row?.version ?? '',
      maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    };
  } finally {
    await conn.close();
  }
}

readCsv(process.argv[2] ?? '').then(
  (times) => console.log(JSON.stringify(times)),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 1;
  },
);
