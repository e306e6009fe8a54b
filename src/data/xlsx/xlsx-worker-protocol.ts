import type { SheetExtent } from './sheet-extent.ts';
import type { SheetText } from './sheet-as-text.ts';
import { XlsxError, type XlsxErrorReason } from './xlsx-error.ts';

/** What the page asks the workbook worker: read this sheet (null: the first) of these bytes. */
export interface WorkerRequest {
  bytes: Uint8Array;
  sheet: string | null;
}

/** The worker's answer: the sheet as text, or its error as data (an Error's class does not cross threads). */
export type WorkerAnswer =
  | { ok: true; result: SheetText }
  | { ok: false; xlsx: { reason: XlsxErrorReason; message: string; extent?: SheetExtent } }
  | { ok: false; message: string };

/** The result the answer carries, or the error it stands for, rebuilt as the class the page checks for. */
export function fromAnswer(answer: WorkerAnswer): SheetText {
  if (answer.ok) return answer.result;
  if ('xlsx' in answer) {
    const { reason, message, extent } = answer.xlsx;
    throw new XlsxError(reason, message, extent ? { extent } : undefined);
  }
  throw new Error(answer.message);
}
