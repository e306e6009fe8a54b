import type { YearColumn } from './table-layout.ts';

type Period = YearColumn['period'];

/** A revision mark BPS puts after a year: "2023*", "2023*)", "2023 (r)", "2023 [x]". */
const MARK = String.raw`(?:\s?(?:\*+\)?|\([a-z]+\)|\[[a-z]+\]))?`;

/** Header shapes that name a year, each with the survey round it implies (March or September). */
const SHAPES: ReadonlyArray<readonly [RegExp, Period]> = [
  [new RegExp(String.raw`^(\d{4})${MARK}$`), null],
  [new RegExp(String.raw`^(?:maret|march|mar)\.? (\d{4})${MARK}$`), 'mar'],
  [new RegExp(String.raw`^(?:september|sept|sep)\.? (\d{4})${MARK}$`), 'sep'],
  [new RegExp(String.raw`^semester (?:1|i) (\d{4})${MARK}$`), 'mar'],
  [new RegExp(String.raw`^semester (?:2|ii) (\d{4})${MARK}$`), 'sep'],
];

/** The year (and period) a header names, or null. */
export function yearOfHeader(header: string): { year: number; period: Period } | null {
  const text = header.trim().toLowerCase().replace(/\s+/g, ' ');
  for (const [shape, period] of SHAPES) {
    const year = Number(shape.exec(text)?.[1]);
    if (year >= 1990 && year <= 2100) return { year, period };
  }
  return null;
}

/** The columns whose headers name a year, when two or more do (a wide table); otherwise []. */
export function yearColumns(headers: readonly string[]): YearColumn[] {
  const columns = headers.flatMap((header, index) => {
    const named = yearOfHeader(header);
    return named ? [{ index, header, ...named }] : [];
  });
  return columns.length >= 2 ? columns : [];
}
