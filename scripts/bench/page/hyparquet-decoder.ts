import { columnsToIPC } from './arrow-from-columns.ts';
import { readColumns, type StringForm } from './hyparquet-columns.ts';
import { timed } from './timed.ts';

/** Arrow IPC bytes and how long each step of making them took. */
export interface PhasedIPC {
  ipc: Uint8Array;
  phases: Record<string, number>;
}

/** Decodes Parquet to Arrow IPC with hyparquet (pure JS), timing the parse and the Arrow building apart. */
export async function decodeWithHyparquet(bytes: Uint8Array, strings: StringForm): Promise<PhasedIPC> {
  const [read, parse] = await timed(() => readColumns(bytes, strings));
  const [ipc, arrow] = await timed(async () => columnsToIPC(read.rows, read.columns, strings));
  return { ipc, phases: { parse, arrow } };
}
