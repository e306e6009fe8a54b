import { yearOfHeader } from './year-columns.ts';

const isEmpty = (cell: string | undefined): boolean => (cell ?? '').trim() === '';

/** Whether the record under a header is a second header row: the header has gaps, and the record, empty in its first cell, puts two or more years under the header, some of them under gaps. */
export function isSecondHeaderRow(upper: readonly string[], lower: readonly string[] | undefined): boolean {
  if (!lower || !upper.some(isEmpty) || !isEmpty(lower[0])) return false;
  const years = lower.flatMap((cell, index) => (index > 0 && yearOfHeader(cell) ? [index] : []));
  return years.length >= 2 && years.some((index) => isEmpty(upper[index]));
}

/** One label per column from a two-row header: the lower label, else the upper one carried right across its merged span. */
export function mergeHeaderRows(upper: readonly string[], lower: readonly string[]): string[] {
  let carried = '';
  return Array.from({ length: Math.max(upper.length, lower.length) }, (_, index) => {
    const top = (upper[index] ?? '').trim();
    if (top !== '') carried = top;
    return (lower[index] ?? '').trim() || carried;
  });
}
