import { Field, Float64, Int32, makeData, RecordBatch, Schema, Struct, Table, tableToIPC, Utf8, vectorFromArray } from 'apache-arrow';
import type { DataType } from 'apache-arrow';
import { Compression, Encoding, Table as WasmTable, WriterPropertiesBuilder, WriterVersion, writeParquet } from 'parquet-wasm';
import type { ColumnSpec } from '../../src/data/catalog.ts';
import type { DataRow } from './cell.ts';

/**
 * Encodes rows as Parquet with one nullable column per catalog column: Utf8, Int32 or Float64.
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

function arrowTable(rows: readonly DataRow[], columns: readonly ColumnSpec[]): Table {
  // An explicit schema: inferred Arrow fields would be non-nullable whenever a column happens to be full.
  const fields = columns.map((c) => new Field(c.name, arrowType(c.type), true));
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
