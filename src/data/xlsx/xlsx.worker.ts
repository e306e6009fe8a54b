/**
 * Reads a workbook off the page's thread: parsing a 300,000-row sheet takes seconds, and on the main thread
 * read-excel-file's chunked XML parser slowed down and overflowed the stack. The page posts the bytes and
 * the sheet; the worker answers with the sheet as text, or the error as plain data.
 */
import { sheetAsText } from './sheet-as-text.ts';
import { XlsxError } from './xlsx-error.ts';
import type { WorkerAnswer, WorkerRequest } from './xlsx-worker-protocol.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(answer: WorkerAnswer): void;
};

scope.onmessage = async ({ data }) => {
  try {
    scope.postMessage({ ok: true, result: await sheetAsText(data.bytes, data.sheet) });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof XlsxError)
      scope.postMessage({
        ok: false,
        xlsx: { reason: error.reason, message, ...(error.extent ? { extent: error.extent } : {}) },
      });
    else scope.postMessage({ ok: false, message });
  }
};
