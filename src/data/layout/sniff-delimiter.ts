import { parseDelimited, type DelimitedRecord } from './parse-delimited.ts';
import type { Delimiter } from './table-layout.ts';

/** In tie-break order: Indonesian exports use ";" because the decimal mark is ",". */
const CANDIDATES: readonly Delimiter[] = [';', ',', '\t', '|'];

/** Enough records to tell delimiters apart without parsing the whole head four times. */
const SAMPLE_RECORDS = 500;

/** A number written with a decimal comma: "8,54", "1.234,5". */
const DECIMAL_COMMA = /^-?(?:\d+|\d{1,3}(?:\.\d{3})+),\d+$/;

/** How one candidate splits the sample: the records sharing its most common field count above one. */
interface Tally {
  delimiter: Delimiter;
  agreeing: DelimitedRecord[];
}

/**
 * The delimiter that gives the most records with the same field count (more than one); ties, and a text no
 * delimiter splits, go to the earlier of `;` `,` tab `|`. When `,` wins but another delimiter also splits
 * consistently and its cells hold commas mostly inside numbers ("8,54"), those commas are decimal marks and the
 * other delimiter is chosen: a comma in a title or note must not make `,` outvote `;` in a short file.
 * Known limit: when unquoted titles split by a delimiter outnumber the header and data rows (a `;` file with
 * three comma titles over one data row), that delimiter wins; the layout selector lets the user correct it.
 */
export function sniffDelimiter(text: string, complete = true): Delimiter {
  const ranked = CANDIDATES.map((delimiter) => tally(delimiter, sample(text, delimiter, complete)))
    .filter((candidate) => candidate.agreeing.length > 0)
    // Array sort is stable, so equal counts keep the tie-break order.
    .sort((a, b) => b.agreeing.length - a.agreeing.length);
  const best = ranked[0]?.delimiter ?? ';';
  if (best !== ',') return best;
  return (
    ranked.find((candidate) => candidate.delimiter !== ',' && holdsDecimalCommas(candidate.agreeing))?.delimiter ?? ','
  );
}

function sample(text: string, delimiter: Delimiter, complete: boolean): DelimitedRecord[] {
  return parseDelimited(text, delimiter, { complete, maxRecords: SAMPLE_RECORDS });
}

function tally(delimiter: Delimiter, records: DelimitedRecord[]): Tally {
  const counts = new Map<number, number>();
  for (const { cells } of records) if (cells.length > 1) counts.set(cells.length, (counts.get(cells.length) ?? 0) + 1);
  let fields = 0;
  for (const [width, count] of counts) if (count > (counts.get(fields) ?? 0)) fields = width;
  return { delimiter, agreeing: records.filter(({ cells }) => cells.length === fields) };
}

/** Whether most cells holding a comma are numbers written with a decimal comma. */
function holdsDecimalCommas(records: readonly DelimitedRecord[]): boolean {
  const withComma = records.flatMap(({ cells }) =>
    cells.map((cell) => cell.trim()).filter((cell) => cell.includes(',')),
  );
  const numbers = withComma.filter((cell) => DECIMAL_COMMA.test(cell)).length;
  return numbers * 2 > withComma.length;
}
