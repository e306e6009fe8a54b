import type { DbConnection } from '../connection.ts';
import type { TableLayout } from '../layout/table-layout.ts';
import { lastRecordEnd } from '../layout/record-boundary.ts';
import { parseDelimited } from '../layout/parse-delimited.ts';
import { createRawTableSql, maxRowSql } from '../../queries/raw-table.ts';
import { insertCsvChunkSql } from '../../queries/insert-csv-chunk.ts';

/** Bytes read and handed to DuckDB at a time: a 200 MB file goes in a dozen steps, each one reported. */
export const CSV_CHUNK_BYTES = 16 * 1024 * 1024;

/** A NUL byte in a text file: the column (as the file names it) and the cell it is in, shown with "[NUL]". */
export interface NulCell {
  column: string | null;
  value: string;
}

/** A CSV record DuckDB could not read, or one holding a NUL byte, with the file's row it is on. */
export class CsvChunkError extends Error {
  constructor(
    readonly row: number,
    readonly detail: string,
    readonly nul?: NulCell,
  ) {
    super(detail);
  }
}

/**
 * Reads a user's CSV (from its first data record on) into a raw table of text columns, a chunk of whole
 * records at a time, so the file is never held twice in memory and progress can be shown between chunks.
 */
export async function stageUserCsv(
  conn: DbConnection,
  blob: Blob,
  raw: string,
  layout: TableLayout,
  onFraction: (done: number) => void,
  chunkBytes = CSV_CHUNK_BYTES,
): Promise<void> {
  await conn.exec(createRawTableSql(raw, layout.columnCount));
  const chunks = recordChunks(blob, layout, chunkBytes);
  let firstRow = layout.dataStartLine;
  // The next chunk is read from the file and cut at its last record while DuckDB, in its worker, inserts this one.
  let next = readAhead(chunks);
  try {
    for (let i = 0; ; i++) {
      const chunk = await next;
      if (chunk.done) return;
      next = readAhead(chunks);
      firstRow = await insertChunk(conn, raw, layout, chunk.value.records, firstRow, i);
      onFraction(chunk.value.done);
    }
  } finally {
    // A failed insert leaves the read ahead unawaited: stop the reading; a read error then is not the load's error.
    await chunks.return(undefined).catch(() => {});
  }
}

// The next chunk, its failure held until the chunk is awaited (a read failing during an insert is not unhandled).
function readAhead(chunks: AsyncGenerator<RecordChunk>): Promise<IteratorResult<RecordChunk>> {
  const next = chunks.next();
  next.catch(() => {});
  return next;
}

/** A piece of the file that ends at the end of a record, and the fraction of the data read once it is in. */
interface RecordChunk {
  records: Uint8Array;
  done: number;
}

// The file from its first data record on, in pieces of about `chunkBytes` that end at the end of a record.
async function* recordChunks(blob: Blob, layout: TableLayout, chunkBytes: number): AsyncGenerator<RecordChunk> {
  const total = Math.max(1, blob.size - layout.dataStartByte);
  let offset = layout.dataStartByte;
  let carry: Uint8Array = new Uint8Array(0);
  while (offset < blob.size || carry.length) {
    const end = Math.min(offset + chunkBytes, blob.size);
    const bytes = join(carry, new Uint8Array(await blob.slice(offset, end).arrayBuffer()));
    offset = end;
    const cut = offset >= blob.size ? bytes.length : lastRecordEnd(bytes, false).end;
    if (cut <= 0) {
      carry = bytes;
      continue;
    }
    carry = bytes.slice(cut);
    yield { records: bytes.subarray(0, cut), done: (offset - layout.dataStartByte) / total };
  }
}

// Inserts one chunk; returns the row number the next chunk starts at.
async function insertChunk(
  conn: DbConnection,
  raw: string,
  layout: TableLayout,
  piece: Uint8Array,
  firstRow: number,
  i: number,
): Promise<number> {
  if (blank(piece)) return firstRow;
  // Text has no NUL bytes; DuckDB would cut the cell at one or refuse the line without saying where.
  if (piece.includes(0)) throw nulError(layout, piece, firstRow);
  const file = `${raw}_chunk_${i}.csv`;
  await conn.registerFile(file, piece);
  try {
    await conn.exec(
      insertCsvChunkSql({
        raw,
        file,
        delimiter: layout.delimiter,
        columnCount: layout.columnCount,
        firstRow,
        encoding: layout.encoding,
      }),
    );
  } catch (error) {
    throw chunkError(error, firstRow);
  } finally {
    await conn.dropFile(file);
  }
  const [last] = await conn.query<{ row: number | null }>(maxRowSql(raw, firstRow));
  return (last?.row ?? firstRow - 1) + 1;
}

function chunkError(error: unknown, firstRow: number): CsvChunkError {
  const message = error instanceof Error ? error.message : String(error);
  const line = /Line: (\d+)/i.exec(message)?.[1];
  const detail =
    message.split('\n').find((l) => /Expected Number|Invalid unicode|unterminated|quote/i.test(l)) ??
    message.split('\n')[0] ??
    message;
  return new CsvChunkError(line ? firstRow + Number(line) - 1 : firstRow, detail.trim());
}

/** Where the first NUL byte of a chunk is: the record's line, and the cell it is in. */
function nulError(layout: TableLayout, piece: Uint8Array, firstRow: number): CsvChunkError {
  const text = new TextDecoder(layout.encoding === 'latin-1' ? 'latin1' : 'utf-8').decode(piece);
  const at = text.indexOf('\0');
  const record = parseDelimited(text, layout.delimiter).find((r) => r.start <= at && at < r.end);
  const field = record?.cells.findIndex((cell) => cell.includes('\0')) ?? -1;
  const cell = field >= 0 ? (record?.cells[field] ?? '') : '';
  const row = firstRow + (record?.line ?? 1) - 1;
  const value = cell.replace(/\0/g, '[NUL]').slice(0, 60);
  return new CsvChunkError(row, 'NUL byte (0x00) in a text file', { column: layout.headers[field] ?? null, value });
}

function blank(bytes: Uint8Array): boolean {
  return bytes.every((b) => b === 0x0a || b === 0x0d || b === 0x20 || b === 0x09);
}

function join(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (!a.length) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
