import type { Delimiter } from './table-layout.ts';

/** A number grouped in thousands never starts with 0, so "0.771" and "0,771" are fractions. */
const COMMA_SHAPES = [/^-?\d+,\d+$/, /^-?[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?$/];
const POINT_SHAPES = [/^-?\d+\.\d{1,2}$/, /^-?\d+\.\d{4,}$/, /^-?0\.\d+$/, /^-?[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?$/];
/** "1.250" and "1,250" read as a thousand or as a fraction alike; a leading 0 ("0,771") settles it. */
const EITHER = /^-?[1-9]\d{0,2}[.,]\d{3}$/;

/** +1 when a cell reads as a number with a decimal comma, -1 with a decimal point, 0 when it says nothing. */
export function decimalEvidence(cell: string): number {
  const text = cell.trim();
  if (EITHER.test(text)) return 0;
  if (COMMA_SHAPES.some((shape) => shape.test(text))) return 1;
  return POINT_SHAPES.some((shape) => shape.test(text)) ? -1 : 0;
}

/** The decimal mark most numeric cells agree on; with no evidence, ',' for `;`-delimited files (as Indonesian exports write them), else '.'. */
export function sniffDecimal(cells: Iterable<string>, delimiter: Delimiter): '.' | ',' {
  let vote = 0;
  for (const cell of cells) vote += decimalEvidence(cell);
  if (vote === 0) return delimiter === ';' ? ',' : '.';
  return vote > 0 ? ',' : '.';
}
