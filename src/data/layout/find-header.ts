import { nonEmptyCells } from './non-empty-cells.ts';
import type { DelimitedRecord } from './parse-delimited.ts';

/** How many records under a candidate header are compared with it. */
const LOOK_AHEAD = 10;

/**
 * Index of the header record: the first with two or more non-empty cells whose field count most of the next
 * (up to ten) such records share; else the first with two non-empty cells; else the first non-blank one.
 * `line` (1-based physical) overrides the sniff with the first record starting on or after it.
 */
export function findHeader(records: readonly DelimitedRecord[], line?: number): number {
  const chosen = line === undefined ? -1 : records.findIndex((record) => record.line >= line);
  if (chosen >= 0) return chosen;
  const consistent = records.findIndex((record, index) => isHeaderLike(record) && agreesWithNext(records, index));
  if (consistent >= 0) return consistent;
  const wide = records.findIndex(isHeaderLike);
  if (wide >= 0) return wide;
  return Math.max(
    0,
    records.findIndex((record) => nonEmptyCells(record.cells).length > 0),
  );
}

function isHeaderLike(record: DelimitedRecord): boolean {
  return nonEmptyCells(record.cells).length >= 2;
}

/** Whether most of the next header-like records have this record's field count; notes and blanks do not vote, and a record with no voters under it is left to the fallbacks. */
function agreesWithNext(records: readonly DelimitedRecord[], index: number): boolean {
  const width = records[index]?.cells.length;
  let voters = 0;
  let same = 0;
  for (let i = index + 1; i < records.length && voters < LOOK_AHEAD; i++) {
    const record = records[i];
    if (!record || !isHeaderLike(record)) continue;
    voters++;
    if (record.cells.length === width) same++;
  }
  return same * 2 > voters;
}
