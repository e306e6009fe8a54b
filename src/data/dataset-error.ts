import type { IssueReason } from '../queries/validate-staged.ts';

/** Why a cell, row or whole file was rejected; reasons beyond the cell checks cover file-level problems. */
export type LoadIssueReason = IssueReason | 'missing-column' | 'unreadable' | 'empty' | 'too-large' | 'unknown-area';

/** One rejected cell (or file), with everything a planner needs to find and fix it. */
export interface LoadIssue {
  file: string;
  /** Line in a CSV file (the header is line 1), record number in a Parquet file; 0 for the whole file. */
  row: number;
  column: string | null;
  value: string | null;
  reason: LoadIssueReason;
  expected: string | null;
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
  const where = [i.file, i.row ? `row ${i.row}` : null, i.column ? `column ${i.column}` : null].filter(Boolean).join(', ');
  const got = i.value === null ? 'empty' : JSON.stringify(i.value);
  return `${where}: ${i.reason} (got ${got}${i.expected ? `, expected ${i.expected}` : ''})`;
}
