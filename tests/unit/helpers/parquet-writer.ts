import { tableFromArrays, tableToIPC } from 'apache-arrow';

/** Writes columns of plain values to Parquet bytes (apache-arrow -> parquet-wasm), for fixtures made in a test. */
export async function writeParquetColumns(
  columns: Record<string, string[] | Int32Array | BigInt64Array | Float64Array>,
): Promise<Uint8Array> {
  const pq = await import('parquet-wasm/node');
  const arrow = tableFromArrays(columns as Parameters<typeof tableFromArrays>[0]);
  return pq.writeParquet(pq.Table.fromIPCStream(tableToIPC(arrow, 'stream')));
}
