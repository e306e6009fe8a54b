import type { LoadIssue } from '../dataset-error.ts';
import type { UserFileKind } from './recipe.ts';

/**
 * The largest file of each kind Pantau accepts. DuckDB in the browser has at most 4 GiB of memory (it is
 * told to use about 3 GiB); a CSV needs roughly three times its size while it is staged and checked, and a
 * Parquet file expands when decoded. A workbook is read whole by JavaScript, so its limit is lower.
 */
export const MAX_FILE_BYTES: Record<UserFileKind, number> = {
  csv: 700 * 1024 * 1024,
  parquet: 250 * 1024 * 1024,
  xlsx: 40 * 1024 * 1024,
};

/** The issue for a file above its kind's limit, or null when it fits. */
export function sizeIssue(file: string, kind: UserFileKind, bytes: number): LoadIssue | null {
  if (bytes <= MAX_FILE_BYTES[kind]) return null;
  return tooLargeIssue(file, `${megabytes(bytes)} MB; at most ${megabytes(MAX_FILE_BYTES[kind])} MB for ${kind}`);
}

/** The issue for a file that does not fit in the browser's memory. */
export function tooLargeIssue(
  file: string,
  expected = 'a smaller file: split it, or convert it to Parquet',
): LoadIssue {
  return { file, row: 0, column: null, value: null, reason: 'too-large', expected };
}

/** Whether an engine error is DuckDB (or the browser) running out of memory. */
export function isOutOfMemory(error: unknown): boolean {
  const message = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /out of memory|memory limit|Array buffer allocation failed|RangeError: .*(memory|allocation)/i.test(message);
}

function megabytes(bytes: number): number {
  return Math.round(bytes / (1024 * 1024));
}
