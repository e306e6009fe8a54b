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

/**
 * Decodes Parquet bytes to an Arrow IPC stream in the browser with parquet-wasm. `warm` fetches and compiles
 * parquet-wasm (1.5 MB brotli) without decoding anything, for a caller about to download a Parquet file.
 */
export const decodeParquetBrowser: ParquetDecoder = Object.assign(
  async (bytes: Uint8Array) => {
    const pq = await parquetWasm();
    return pq.readParquet(bytes).intoIPCStream();
  },
  { warm: () => parquetWasm() },
);
