import { parquetMetadata, parquetRead, parquetSchema } from 'hyparquet';
import type { ColumnData, DecodedArray, SchemaElement } from 'hyparquet';

/** How hyparquet hands over string cells: decoded JS strings, or the raw UTF-8 bytes of each cell. */
export type StringForm = 'text' | 'bytes';

/** One top-level column read by hyparquet: its Parquet schema element and all its values in row order. */
export interface ParquetColumn {
  element: SchemaElement;
  values: DecodedArray;
}

/** Reads every column of a flat Parquet file with hyparquet, column by column (no row objects). */
export async function readColumns(
  bytes: Uint8Array,
  strings: StringForm,
): Promise<{ rows: number; columns: ParquetColumn[] }> {
  const file = exactBuffer(bytes);
  const metadata = parquetMetadata(file);
  const elements = topLevelElements(parquetSchema(metadata).children);
  const chunks = new Map<string, ColumnData[]>(elements.map((e) => [e.name, []]));
  // Identity string parser: hyparquet then leaves each cell as the Uint8Array it sliced from the page.
  const parsers = strings === 'bytes' ? { stringFromBytes: (b: Uint8Array) => b } : {};
  await parquetRead({ file, metadata, parsers, onChunk: (c) => chunks.get(c.columnName)?.push(c) });
  const rows = Number(metadata.num_rows);
  return {
    rows,
    columns: elements.map((element) => ({ element, values: joinChunks(chunks.get(element.name)!, rows) })),
  };
}

// hyparquet reads an ArrayBuffer; copy only when the bytes are a view into a larger buffer.
function exactBuffer(bytes: Uint8Array): ArrayBuffer {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return (
    whole ? bytes.buffer : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
  ) as ArrayBuffer;
}

function topLevelElements(children: { element: SchemaElement; children: unknown[] }[]): SchemaElement[] {
  const nested = children.find((c) => c.children.length > 0);
  if (nested) throw new Error(`bench reader: nested column "${nested.element.name}" is not supported`);
  return children.map((c) => c.element);
}

// hyparquet emits a column in pieces (per page or row group); Arrow wants one buffer per column.
function joinChunks(chunks: ColumnData[], rows: number): DecodedArray {
  const sorted = [...chunks].sort((a, b) => a.rowStart - b.rowStart);
  if (sorted.length === 1 && sorted[0]!.columnData.length === rows) return sorted[0]!.columnData;
  const first = sorted[0]?.columnData;
  const typed = first && !Array.isArray(first) && sorted.every((c) => c.columnData.constructor === first.constructor);
  const out: DecodedArray = typed ? new (first.constructor as new (n: number) => DecodedArray)(rows) : new Array(rows);
  for (const c of sorted) copyInto(out, c.columnData, c.rowStart);
  return out;
}

function copyInto(out: DecodedArray, part: DecodedArray, at: number): void {
  if (!Array.isArray(out) && !Array.isArray(part)) return void (out as Int32Array).set(part as Int32Array, at);
  for (let i = 0; i < part.length; i++) (out as unknown[])[at + i] = part[i];
}
