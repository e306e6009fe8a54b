import { FactError } from './fact-error.ts';
import { parseCsv } from './csv-parse.ts';

/** One data row of a fact file: its text cells by header name, and where it was read. */
export interface FactRow {
  file: string;
  line: number;
  cells: Record<string, string>;
}

/** A parsed fact file: header names and data rows. */
export interface FactTable {
  file: string;
  header: string[];
  rows: FactRow[];
}

/** Reads a comma-separated fact file whose every row must have as many fields as the header. */
export function readFactTable(text: string, file: string): FactTable {
  const [head, ...body] = parseCsv(text, file);
  if (!head) throw new FactError(file, 1, '(header)', 'the file is empty');
  checkHeader(head.fields, file);
  const rows = body.map((r) => {
    if (r.fields.length !== head.fields.length)
      throw new FactError(file, r.line, '(row)', `has ${r.fields.length} fields, the header has ${head.fields.length}`);
    return { file, line: r.line, cells: Object.fromEntries(head.fields.map((h, i) => [h, r.fields[i]!])) };
  });
  return { file, header: head.fields, rows };
}

function checkHeader(header: string[], file: string): void {
  const seen = new Set<string>();
  for (const name of header) {
    if (name === '' || seen.has(name)) throw new FactError(file, 1, name || '(empty)', 'header names must be unique and non-empty');
    seen.add(name);
  }
}
