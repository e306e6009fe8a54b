import { Dictionary, Field, Float64, Int32, makeData, RecordBatch, Schema, Struct, Table, tableToIPC, Utf8, vectorFromArray } from 'apache-arrow';
import type { DataType } from 'apache-arrow';
import { Compression, Encoding, Table as WasmTable, WriterPropertiesBuilder, WriterVersion, writeParquet } from 'parquet-wasm';
import type { ColumnSpec } from '../../src/data/catalog.ts';
import type { DataRow } from './cell.ts';

/**
 * Encodes rows as Parquet with one nullable column per catalog column: Utf8, Int32 or Float64, and a text
 * column with few distinct values as an Arrow dictionary of Utf8 (see `isRepetitive`).
 * `sequential` names integer columns that count up row by row (a row id): they are delta-encoded.
 */
export function toParquet(rows: readonly DataRow[], columns: readonly ColumnSpec[], sequential: readonly string[] = []): Uint8Array {
  const ipc = tableToIPC(arrowTable(rows, columns), 'stream');
  return writeParquet(WasmTable.fromIPCStream(ipc), writerProperties(sequential));
}

// Spelled out rather than left to defaults so that a library upgrade cannot change them silently.
// SNAPPY because every reader in play (DuckDB, parquet-wasm, hyparquet) decodes it without extra codecs.
// A dictionary of a million distinct row ids is as big as the ids; deltas of 1 pack to almost nothing.
function writerProperties(sequential: readonly string[]) {
  let builder = new WriterPropertiesBuilder().setCompression(Compression.SNAPPY).setWriterVersion(WriterVersion.V1).setDictionaryEnabled(true);
  for (const column of sequential) builder = builder.setColumnDictionaryEnabled(column, false).setColumnEncoding(column, Encoding.DELTA_BINARY_PACKED);
  return builder.build();
}

/** A text column with at most one distinct value per this many rows is written as a dictionary. */
export const DICTIONARY_ROWS_PER_VALUE = 16;

/**
 * Whether a text column repeats enough to be written as an Arrow dictionary. The Parquet pages are
 * dictionary-encoded either way; the Arrow schema stored in the file (parquet-wasm writes it) tells
 * parquet-wasm to read the column back as a dictionary, so it does not build each string: the register's
 * area, village, programme and month (a few hundred values for a million rows) decode in about half the time
 * and make a 40 % smaller Arrow stream. DuckDB reads the dictionary back as VARCHAR. Household ids (one per
 * three rows) stay plain: as a dictionary they made DuckDB's ingest twice as slow.
 */
export function isRepetitive(values: readonly (string | number | null)[]): boolean {
  return new Set(values).size * DICTIONARY_ROWS_PER_VALUE <= values.length;
}

function arrowTable(rows: readonly DataRow[], columns: readonly ColumnSpec[]): Table {
  // An explicit schema: inferred Arrow fields would be non-nullable whenever a column happens to be full.
  const fields = columns.map((c) => {
    const dictionary = c.type === 'text' && isRepetitive(rows.map((r) => r[c.name] ?? null));
    return new Field(c.name, dictionary ? new Dictionary(new Utf8(), new Int32()) : arrowType(c.type), true);
  });
  const schema = new Schema(fields);
  const children = fields.map((f) => columnData(rows.map((r) => r[f.name] ?? null), f.type));
  const data = makeData({ type: new Struct(fields), length: rows.length, nullCount: 0, children });
  return new Table(schema, new RecordBatch(schema, data));
}

function columnData(values: readonly (string | number | null)[], type: DataType) {
  const chunks = vectorFromArray(values, type).data;
  if (chunks.length !== 1) throw new Error(`expected one Arrow chunk per column, got ${chunks.length}`);
  return chunks[0]!;
}

function arrowType(type: ColumnSpec['type']): DataType {
  if (type === 'integer') return new Int32();
  return type === 'number' ? new Float64() : new Utf8();
}
