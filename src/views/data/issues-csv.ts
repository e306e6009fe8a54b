import type { LoadIssue } from '../../data/dataset-error.ts';

// A cell a spreadsheet would run as a formula is prefixed, as in the overlap follow-up list.
function field(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The listed problems of a load as CSV (file, row, column, value, reason, expected), for fixing the file. */
export function issuesCsv(issues: readonly LoadIssue[], describe: (issue: LoadIssue) => string): string {
  const header = 'file,row,column,value,reason,expected,problem';
  const lines = issues.map((i) => [i.file, i.row, i.column, i.value, i.reason, i.expected, describe(i)].map(field).join(','));
  return [header, ...lines].join('\n') + '\n';
}
