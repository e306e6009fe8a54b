import type { LoadIssue, LoadReport } from '../dataset-error.ts';
import type { LoadMode } from './recipe.ts';

/** A note or source line below the data, skipped and reported. */
export interface SkippedNote {
  row: number;
  text: string | null;
}

/** What loading a user's file did, beyond the rows read and accepted: nothing left out goes unmentioned. */
export interface UserLoadReport extends LoadReport {
  mode: LoadMode;
  /** Rows staged from the file (a wide table gives one per record and year). */
  valuesStaged: number;
  /** Note and source lines below the data, skipped. */
  notes: SkippedNote[];
  /** Year cells of a wide table with no figure ("", "-", "…"), skipped. */
  noValueCells: number;
  /** Area names or codes the crosswalk did not know (each rejected row names one). */
  unknownAreas: string[];
  /** Rows left out because the user chose to load only the valid rows. */
  rowsRejected: number;
  /** Rows already in the table that rows of this file replaced (add mode). */
  rowsReplaced: number;
  /** Values that loaded but cannot be right (see plausibilityWarnings), with row and column. */
  warnings: LoadIssue[];
}

/** Whether a load report carries the user-file details. */
export function isUserLoadReport(report: LoadReport): report is UserLoadReport {
  return 'valuesStaged' in report;
}
