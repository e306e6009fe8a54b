import { decodeParquetBrowser } from '../../../src/data/parquet-decoder-browser.ts';
import type { ReaderName } from '../protocol.ts';
import type { PhasedIPC } from './hyparquet-decoder.ts';
import { timed } from './timed.ts';

/** A Parquet -> Arrow IPC decoder that reports the time of its steps. */
export type PhasedDecoder = (bytes: Uint8Array) => Promise<PhasedIPC>;

// Each reader's code is fetched on first use only, as in the app (the app's parquet-wasm wrapper is in
// the main chunk and imports the wasm package lazily), so a cold run pays for download and start-up.
const LOADERS: Record<ReaderName, () => Promise<PhasedDecoder>> = {
  'parquet-wasm': async () => async (bytes) => {
    const [ipc, decode] = await timed(() => decodeParquetBrowser(bytes));
    return { ipc, phases: { decode } };
  },
  hyparquet: async () => {
    const { decodeWithHyparquet } = await import('./hyparquet-decoder.ts');
    return (bytes) => decodeWithHyparquet(bytes, 'text');
  },
  'hyparquet-bytes': async () => {
    const { decodeWithHyparquet } = await import('./hyparquet-decoder.ts');
    return (bytes) => decodeWithHyparquet(bytes, 'bytes');
  },
};

/** The decoder of a reader, loading its code on first use. */
export function loadReader(name: ReaderName): Promise<PhasedDecoder> {
  return LOADERS[name]();
}
