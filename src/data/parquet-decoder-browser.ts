import type { ParquetDecoder } from './connection.ts';
import { lazy } from './lazy.ts';

// parquet-wasm is fetched only when the first Parquet file is read; its wasm is emitted by Vite
// next to the page, so no other origin is asked for anything. See data/README.md for the choice.
const parquetWasm = lazy(async () => {
  const [module, wasm] = await Promise.all([
    import('parquet-wasm/esm'),
    import('parquet-wasm/esm/parquet_wasm_bg.wasm?url'),
  ]);
  await module.default({ module_or_path: new URL(wasm.default, document.baseURI) });
  return module;
});

/** Decodes Parquet bytes to an Arrow IPC stream in the browser with parquet-wasm. */
export const decodeParquetBrowser: ParquetDecoder = async (bytes) => {
  const pq = await parquetWasm();
  return pq.readParquet(bytes).intoIPCStream();
};
