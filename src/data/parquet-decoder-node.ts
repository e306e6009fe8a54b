import type { ParquetDecoder } from './connection.ts';

/** Decodes Parquet bytes to an Arrow IPC stream in Node, with the same parquet-wasm as the browser. */
export const decodeParquetNode: ParquetDecoder = Object.assign(
  async (bytes: Uint8Array) => {
    const pq = await import('parquet-wasm/node');
    return pq.readParquet(bytes).intoIPCStream();
  },
  { warm: () => import('parquet-wasm/node') },
);
