import {
  Bool,
  Field,
  Float32,
  Float64,
  Int32,
  Int64,
  makeData,
  RecordBatch,
  Schema,
  Struct,
  Table,
  tableToIPC,
  Utf8,
  vectorFromArray,
} from 'apache-arrow';
import type { Data, DataType } from 'apache-arrow';
import type { SchemaElement } from 'hyparquet';
import type { ParquetColumn, StringForm } from './hyparquet-columns.ts';

/**
 * Builds an Arrow IPC stream from hyparquet's columns. `text`: every column through apache-arrow's
 * builders (what a first port would do). `bytes`: strings (raw UTF-8) and numbers copied straight into
 * Arrow buffers, the fastest hyparquet -> Arrow path we could write without touching hyparquet.
 */
export function columnsToIPC(rows: number, columns: ParquetColumn[], strings: StringForm): Uint8Array {
  const fields = columns.map(
    (c) => new Field(c.element.name, arrowType(c.element), c.element.repetition_type !== 'REQUIRED'),
  );
  const schema = new Schema(fields);
  const children = columns.map((c, i) => columnData(c.values as ArrayLike<unknown>, fields[i]!.type, strings));
  const batch = new RecordBatch(schema, makeData({ type: new Struct(fields), length: rows, nullCount: 0, children }));
  return tableToIPC(new Table(schema, batch), 'stream');
}

/** The Arrow type for a flat Parquet column, as parquet-wasm would map it (the types the app's files use). */
export function arrowType(e: SchemaElement): DataType {
  const logical = e.logical_type?.type;
  if (e.type === 'BYTE_ARRAY' && (logical === 'STRING' || e.converted_type === 'UTF8')) return new Utf8();
  if (e.type === 'INT32' && !logical && !e.converted_type) return new Int32();
  if (e.type === 'INT64' && !logical && !e.converted_type) return new Int64();
  if (e.type === 'DOUBLE') return new Float64();
  if (e.type === 'FLOAT') return new Float32();
  if (e.type === 'BOOLEAN') return new Bool();
  throw new Error(`bench reader: column "${e.name}" (${e.type} ${logical ?? e.converted_type ?? ''}) is not supported`);
}

function columnData(values: ArrayLike<unknown>, type: DataType, strings: StringForm): Data {
  if (strings === 'bytes' && type instanceof Utf8) return utf8Data(values as ArrayLike<Uint8Array | null | undefined>);
  if (strings === 'bytes' && (type instanceof Int32 || type instanceof Float64)) return numberData(values, type);
  return vectorFromArray(values as unknown[], type).data[0]!;
}

function utf8Data(values: ArrayLike<Uint8Array | null | undefined>): Data<Utf8> {
  const { nullBitmap, nullCount } = validity(values);
  const valueOffsets = new Int32Array(values.length + 1);
  for (let i = 0; i < values.length; i++) valueOffsets[i + 1] = valueOffsets[i]! + (values[i]?.length ?? 0);
  const data = new Uint8Array(valueOffsets[values.length]!);
  for (let i = 0; i < values.length; i++) copyBytes(values[i], data, valueOffsets[i]!);
  return makeData({ type: new Utf8(), length: values.length, nullCount, nullBitmap, valueOffsets, data });
}

// Most cells are a few bytes long, where a plain loop beats the call overhead of TypedArray.set.
function copyBytes(from: Uint8Array | null | undefined, to: Uint8Array, at: number): void {
  if (!from) return;
  if (from.length > 32) return to.set(from, at);
  for (let j = 0; j < from.length; j++) to[at + j] = from[j]!;
}

function numberData(values: ArrayLike<unknown>, type: Int32 | Float64): Data {
  const { nullBitmap, nullCount } = validity(values);
  const length = values.length;
  if (type instanceof Int32)
    return makeData({ type, length, nullCount, nullBitmap, data: fillNumbers(values, new Int32Array(length)) });
  return makeData({ type, length, nullCount, nullBitmap, data: fillNumbers(values, new Float64Array(length)) });
}

// A null's slot is never read; leaving it 0 avoids writing NaN from coercing null.
function fillNumbers<T extends Int32Array | Float64Array>(values: ArrayLike<unknown>, out: T): T {
  for (let i = 0; i < out.length; i++) if (values[i] != null) out[i] = values[i] as number;
  return out;
}

// Arrow's validity bitmap: bit i (least significant first) set when row i holds a value.
function validity(values: ArrayLike<unknown>): { nullBitmap: Uint8Array; nullCount: number } {
  const nullBitmap = new Uint8Array(Math.ceil(values.length / 8));
  let nullCount = 0;
  for (let i = 0; i < values.length; i++) {
    if (values[i] === null || values[i] === undefined) nullCount++;
    else nullBitmap[i >> 3]! |= 1 << (i & 7);
  }
  return { nullBitmap, nullCount };
}
