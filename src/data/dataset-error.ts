import type { IssueReason } from '../queries/validate-staged.ts';
import type { SheetExtent } from './xlsx/sheet-extent.ts';
import { XlsxError } from './xlsx/xlsx-error.ts';
import { classifyReadError, type ReadErrorReason } from './read-error.ts';
import type { PlausibilityReason } from '../queries/plausibility.ts';

/** Why a cell, row or whole file was rejected; reasons beyond the cell checks cover file-level problems. */
export type LoadIssueReason =
  | IssueReason
  | ReadErrorReason
  | PlausibilityReason
  | 'missing-column'
  | 'nul-byte'
  | 'not-a-table-file'
  | 'too-large'
  | 'unknown-area'
  | 'other-origin'
  | 'sheet-too-large';

/** One rejected cell (or file), with everything a planner needs to find and fix it. */
export interface LoadIssue {
  file: string;
  /** Line in a CSV file (the header is line 1), record number in a Parquet file; 0 for the whole file. */
  row: number;
  column: string | null;
  value: string | null;
  reason: LoadIssueReason;
  expected: string | null;
  /** The reader's or engine's own words (English), shown as a technical detail under the translated reason. */
  detail?: string;
}

/** The report of a bundled file loaded on its proof: every row accepted, no cell checked again. */
export function provenReport(
  dataset: string,
  file: string,
  rows: number,
  extra: Pick<LoadReport, 'ignoredColumns' | 'companions'> = { ignoredColumns: [] },
): LoadReport {
  return { dataset, file, rowsRead: rows, rowsAccepted: rows, issues: [], issueCount: 0, ...extra };
}

/** What a load did: rows read and accepted, and the rejected cells (capped list, full count). */
export interface LoadReport {
  dataset: string;
  file: string;
  rowsRead: number;
  rowsAccepted: number;
  issues: LoadIssue[];
  issueCount: number;
  ignoredColumns: string[];
  /** Tables a bundled database file brought along with the dataset's own (derived from it by the build). */
  companions?: string[];
}

/** A load that was refused; the live table was left as it was. */
export class DatasetError extends Error {
  readonly report: LoadReport;

  constructor(report: LoadReport) {
    const first = report.issues[0];
    super(first ? describeIssue(first) : `${report.file}: rejected`);
    this.name = 'DatasetError';
    this.report = report;
  }
}

/** A plain-English one-line description of an issue (the UI uses the translated form from i18n/). */
export function describeIssue(i: LoadIssue): string {
  const where = [i.file, i.row ? `row ${i.row}` : null, i.column ? `column ${i.column}` : null]
    .filter(Boolean)
    .join(', ');
  const got = i.value === null ? 'empty' : JSON.stringify(i.value);
  const detail = i.detail ? `: ${i.detail}` : '';
  return `${where}: ${i.reason} (got ${got}${i.expected ? `, expected ${i.expected}` : ''})${detail}`;
}

/** The report of a load refused as a whole (no rows read): one issue about the file. */
export function fileLevelReport(dataset: string, issue: LoadIssue): LoadReport {
  return {
    dataset,
    file: issue.file,
    rowsRead: 0,
    rowsAccepted: 0,
    issues: [issue],
    issueCount: 1,
    ignoredColumns: [],
  };
}

/** A load refused because the file could not be read at all: the reason the error stands for, its words as detail. */
export function unreadableError(dataset: string, file: string, error: unknown): DatasetError {
  if (error instanceof DatasetError) return error;
  if (error instanceof XlsxError && error.extent) return sheetTooLargeError(dataset, file, error.extent);
  return new DatasetError(fileLevelReport(dataset, readIssue(file, 0, error)));
}

/** The issue for an error a reader or the engine threw on a file (at a row, or 0 for the whole file). */
export function readIssue(file: string, row: number, error: unknown): LoadIssue {
  const { reason, expected, value, detail } = classifyReadError(error);
  return { file, row, column: null, value, reason, expected, detail };
}

// A workbook sheet with a stray value far out: the sheet and cell to clear, and the area it makes.
function sheetTooLargeError(dataset: string, file: string, extent: SheetExtent): DatasetError {
  return new DatasetError(
    fileLevelReport(dataset, {
      file,
      row: 0,
      column: null,
      value: `${extent.sheet}!${extent.farthest}`,
      reason: 'sheet-too-large',
      expected: `${extent.rows} × ${extent.columns}`,
    }),
  );
}
