import type { LoadIssue } from '../../data/dataset-error.ts';
import { csvText } from '../../domain/csv-text.ts';

/** The listed problems of a load as CSV (file, row, column, value, reason, expected, problem, the reader's own words), for fixing the file. */
export function issuesCsv(issues: readonly LoadIssue[], describe: (issue: LoadIssue) => string): string {
  const header = ['file', 'row', 'column', 'value', 'reason', 'expected', 'problem', 'detail'];
  return csvText(
    header,
    issues.map((i) => [i.file, i.row, i.column, i.value, i.reason, i.expected, describe(i), i.detail ?? null]),
    'plain',
  );
}
