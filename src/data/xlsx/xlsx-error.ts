import type { SheetExtent } from './sheet-extent.ts';

/** Why a workbook could not be read; the UI translates the code, the message stays English. */
export type XlsxErrorReason = 'not-xlsx' | 'no-sheet' | 'empty' | 'unreadable' | 'sheet-too-large';

/**
 * A workbook that cannot be read: not a zip/xlsx, encrypted, or no such sheet. The message names the
 * file's problem in plain English; `reason` is a code the UI translates.
 */
export class XlsxError extends Error {
  readonly reason: XlsxErrorReason;
  /** For 'sheet-too-large': the sheet and the filled cell that makes it too large. */
  readonly extent?: SheetExtent;

  constructor(reason: XlsxErrorReason, message: string, options?: { cause?: unknown; extent?: SheetExtent }) {
    super(message, options);
    this.name = 'XlsxError';
    this.reason = reason;
    if (options?.extent) this.extent = options.extent;
  }
}
