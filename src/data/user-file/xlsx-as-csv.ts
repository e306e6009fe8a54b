import type { SheetText } from '../xlsx/sheet-as-text.ts';
import { fromAnswer, type WorkerAnswer, type WorkerRequest } from '../xlsx/xlsx-worker-protocol.ts';

/** A workbook's sheet written as CSV, with the sheet names and the decimal mark its text cells use. */
export interface XlsxAsCsv {
  blob: Blob;
  sheets: string[];
  sheet: string;
  decimal: '.' | ',';
}

/**
 * Reads one sheet of an xlsx workbook (the first when none is named) and writes it as CSV text, so it is
 * laid out, mapped and checked exactly like a CSV file. In a browser the reading runs in a Web Worker, so a
 * large workbook never freezes or crashes the page; under Node (tests, scripts) it runs in place. The reader
 * is loaded only now, on first use.
 */
export async function xlsxAsCsv(blob: Blob, sheet: string | null): Promise<XlsxAsCsv> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const { text, ...rest } = typeof Worker === 'undefined' ? await inPlace(bytes, sheet) : await inWorker(bytes, sheet);
  return { blob: new Blob([text], { type: 'text/csv' }), ...rest };
}

async function inPlace(bytes: Uint8Array, sheet: string | null): Promise<SheetText> {
  const { sheetAsText } = await import('../xlsx/sheet-as-text.ts');
  return sheetAsText(bytes, sheet);
}

function inWorker(bytes: Uint8Array, sheet: string | null): Promise<SheetText> {
  const worker = new Worker(new URL('../xlsx/xlsx.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<SheetText>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<WorkerAnswer>) => {
      try {
        resolve(fromAnswer(event.data));
      } catch (error) {
        reject(error);
      }
    };
    worker.onerror = (event) => reject(new Error(event.message || 'the workbook reader stopped'));
    const request: WorkerRequest = { bytes, sheet };
    worker.postMessage(request, [bytes.buffer]);
  }).finally(() => worker.terminate());
}
