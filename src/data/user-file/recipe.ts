import type { TableLayout } from '../layout/table-layout.ts';
import type { ColumnMapping } from '../mapping/column-source.ts';
import type { AreaCodeSystem } from '../../domain/resolve-area.ts';

/** The kinds of file a planner can load. */
export type UserFileKind = 'csv' | 'parquet' | 'xlsx';

/** Whether a file replaces a dataset's rows or is added to them (a row with the same key replaces the old one). */
export type LoadMode = 'replace' | 'add';

/**
 * Everything needed to load a user's file the same way again: the choices confirmed on screen. It is kept
 * with the file in the browser, so a reload replays the very same load.
 */
export interface UserFileRecipe {
  dataset: string;
  kind: UserFileKind;
  /** The workbook sheet (xlsx only). */
  sheet: string | null;
  /** How the delimited text is laid out (CSV, and xlsx once written as CSV); null for Parquet. */
  layout: TableLayout | null;
  /** The file's column headers, in order (for messages and the mapping). */
  headers: string[];
  mapping: ColumnMapping;
  areaSystem: AreaCodeSystem;
  mode: LoadMode;
  /** Load the valid rows and leave out the rejected ones (listed in the report), instead of refusing the file. */
  acceptValid: boolean;
}

/** A user's file and the confirmed choices to load it with. xlsx arrives already written as CSV text (`blob`). */
export interface UserFileInput {
  name: string;
  blob: Blob;
  recipe: UserFileRecipe;
}
