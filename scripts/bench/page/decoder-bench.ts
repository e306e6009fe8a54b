import type { DbConnection } from '../../../src/data/connection.ts';
import { READERS, type ColdRun, type DecodeRun, type FileRuns, type ReaderName } from '../protocol.ts';
import { checkTable, engine, fetchBytes } from './engine.ts';
import { loadReader, type PhasedDecoder } from './readers.ts';
import { timed } from './timed.ts';

const TABLE = 'bench_ingest';

/**
 * Times every reader on each file: one untimed warm-up per reader (whose table is checked), then
 * `rounds` rounds, the reader order rotating each round so no reader always runs after the same one.
 */
export async function runDecoderBench(urls: string[], rounds: number): Promise<FileRuns[]> {
  const conn = await engine();
  const decoders = await Promise.all(READERS.map(loadReader));
  const results: FileRuns[] = [];
  for (const url of urls) results.push(await benchFile(conn, decoders, url, rounds));
  return results;
}

async function benchFile(
  conn: DbConnection,
  decoders: PhasedDecoder[],
  url: string,
  rounds: number,
): Promise<FileRuns> {
  const bytes = await fetchBytes(url);
  const checks: FileRuns['checks'] = {};
  for (const [i, reader] of READERS.entries()) {
    await decodeAndIngest(conn, reader, decoders[i]!, bytes, false);
    checks[reader] = await checkTable(conn, TABLE);
  }
  const all: DecodeRun[][] = [];
  for (let round = 0; round < rounds; round++) all.push(await benchRound(conn, decoders, bytes, round));
  await conn.exec(`DROP TABLE IF EXISTS ${TABLE}`);
  return { url, bytes: bytes.length, checks, rounds: all };
}

async function benchRound(
  conn: DbConnection,
  decoders: PhasedDecoder[],
  bytes: Uint8Array,
  round: number,
): Promise<DecodeRun[]> {
  const runs: DecodeRun[] = [];
  for (let k = 0; k < READERS.length; k++) {
    const i = (k + round) % READERS.length;
    runs.push(await decodeAndIngest(conn, READERS[i]!, decoders[i]!, bytes, true));
  }
  return runs.sort((a, b) => READERS.indexOf(a.reader) - READERS.indexOf(b.reader));
}

async function decodeAndIngest(
  conn: DbConnection,
  reader: ReaderName,
  decode: PhasedDecoder,
  bytes: Uint8Array,
  drop: boolean,
): Promise<DecodeRun> {
  await conn.exec(`DROP TABLE IF EXISTS ${TABLE}`);
  const [{ ipc, phases }, decodeMs] = await timed(() => decode(bytes));
  const [, ingestMs] = await timed(() => conn.insertArrowIPC(TABLE, ipc));
  if (drop) await conn.exec(`DROP TABLE IF EXISTS ${TABLE}`);
  return { reader, decodeMs, ingestMs, totalMs: decodeMs + ingestMs, phases };
}

/** The first Parquet file of a fresh page; DuckDB is started and the file fetched before the clock starts. */
export async function runColdDecode(reader: ReaderName, url: string): Promise<ColdRun> {
  const [conn, bytes] = await Promise.all([engine(), fetchBytes(url)]);
  const [decode, firstDecodeMs] = await timed(async () => (await loadReader(reader))(bytes));
  const [, ingestMs] = await timed(() => conn.insertArrowIPC(TABLE, decode.ipc));
  return { reader, firstDecodeMs, ingestMs, totalMs: firstDecodeMs + ingestMs };
}
