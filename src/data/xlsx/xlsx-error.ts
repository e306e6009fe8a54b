/** Why a workbook could not be read; the UI translates the code, the message stays English. */
export type XlsxErrorReason = 'not-xlsx' | 'no-sheet' | 'empty' | 'unreadable';

/**
 * A workbook that cannot be read: not a zip/xlsx, encrypted, or no such sheet. The message names the
 * file's problem in plain English; `reason` is a code the UI translates.
 */
export class XlsxError extends Error {
  readonly reason: XlsxErrorReason;

  constructor(reason: XlsxErrorReason, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'XlsxError';
    this.reason = reason;
  }
}
