import {
  Field,
  Float64,
  Int32,
  makeData,
  RecordBatch,
  Schema,
  Struct,
  Table,
  tableToIPC,
  Utf8,
  vectorFromArray,
} from 'apache-arrow';
import type { DataType } from 'apache-arrow';
import {
  Compression,
  Table as WasmTable,
  WriterPropertiesBuilder,
  WriterVersion,
  writeParquet,
} from 'parquet-wasm/node';
import { seededRandom } from './seeded-random.ts';

// East Kalimantan's ten regencies and cities, so the values look like the app's data.
const DISTRICTS = ['6401', '6402', '6403', '6404', '6405', '6409', '6411', '6471', '6472', '6474'];
const PROGRAMMES = ['PKH', 'BPNT', 'PBI-JK', 'PIP', 'BLT-DD'];
const BATCH_ROWS = 100_000;

// Nullable columns, as the app's own dataset writer makes them (scripts/datasets/parquet-write.ts):
// readers take the same code path (definition levels) on the big file as on the bundled ones.
const FIELDS = [
  new Field('household_id', new Utf8(), true),
  new Field('district_code', new Utf8(), true),
  new Field('desil', new Int32(), true),
  new Field('programme', new Utf8(), true),
  new Field('month', new Int32(), true),
  new Field('amount', new Float64(), true),
];

/** A deterministic Parquet file of `rows` programme payments (SNAPPY, dictionary on, writer V1 as the app's files). */
export function syntheticParquet(rows: number, seed = 20240301): Uint8Array {
  const random = seededRandom(seed);
  const schema = new Schema(FIELDS);
  const batches: RecordBatch[] = [];
  for (let start = 0; start < rows; start += BATCH_ROWS)
    batches.push(batch(schema, Math.min(BATCH_ROWS, rows - start), random));
  const ipc = tableToIPC(new Table(schema, batches), 'stream');
  return writeParquet(WasmTable.fromIPCStream(ipc), writerProperties());
}

function writerProperties() {
  return new WriterPropertiesBuilder()
    .setCompression(Compression.SNAPPY)
    .setWriterVersion(WriterVersion.V1)
    .setDictionaryEnabled(true)
    .build();
}

function batch(schema: Schema, length: number, random: () => number): RecordBatch {
  const columns = syntheticColumns(length, random);
  const children = schema.fields.map((f, i) => vectorFromArray(columns[i]!, f.type as DataType).data[0]!);
  return new RecordBatch(schema, makeData({ type: new Struct(schema.fields), length, nullCount: 0, children }));
}

function syntheticColumns(length: number, random: () => number): unknown[][] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const columns: unknown[][] = FIELDS.map(() => new Array(length));
  for (let i = 0; i < length; i++) {
    // About 300k households, each paid several times: ids repeat as they do in real payment registers.
    columns[0]![i] = `KT${String(Math.floor(random() * 300_000)).padStart(7, '0')}`;
    columns[1]![i] = pick(DISTRICTS);
    columns[2]![i] = 1 + Math.floor(random() * 10);
    columns[3]![i] = pick(PROGRAMMES);
    columns[4]![i] = 1 + Math.floor(random() * 12);
    columns[5]![i] = Math.round(150_000 + random() * 850_000) + Math.floor(random() * 100) / 100;
  }
  return columns;
}
