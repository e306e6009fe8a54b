import { nonEmptyCells } from './non-empty-cells.ts';
import type { Delimiter } from './table-layout.ts';

/** A record as one line of display text: its non-empty cells rejoined, so a title split at a comma reads as written. */
export function recordText(cells: readonly string[], delimiter: Delimiter): string {
  const joiner = delimiter === ',' || delimiter === ';' ? `${delimiter} ` : ' ';
  return nonEmptyCells(cells).join(joiner);
}
