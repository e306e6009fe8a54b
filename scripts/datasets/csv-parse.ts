import { FactError } from './fact-error.ts';

/** One parsed record and the line it starts on (1-based, the header is line 1). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

interface Cursor {
  pos: number;
  line: number;
}

/** Parses RFC 4180 text (quoted fields may hold the delimiter, doubled quotes and newlines); blank lines are skipped. */
export function parseCsv(text: string, file: string, delimiter = ','): CsvRecord[] {
  const records: CsvRecord[] = [];
  const at: Cursor = { pos: 0, line: 1 };
  while (at.pos < text.length) {
    const line = at.line;
    const fields = parseRecord(text, at, delimiter, file);
    if (fields.length > 1 || fields[0] !== '') records.push({ line, fields });
  }
  return records;
}

function parseRecord(text: string, at: Cursor, delimiter: string, file: string): string[] {
  const fields: string[] = [];
  for (;;) {
    fields.push(text[at.pos] === '"' ? quotedField(text, at, file) : plainField(text, at, delimiter));
    const c = text[at.pos];
    at.pos += 1;
    if (c === delimiter) continue;
    if (c === '\r' && text[at.pos] === '\n') at.pos += 1;
    if (c === undefined || c === '\n' || c === '\r') break;
    throw new FactError(file, at.line, `field ${fields.length}`, `unexpected ${JSON.stringify(c)} after a closing quote`);
  }
  at.line += 1;
  return fields;
}

function plainField(text: string, at: Cursor, delimiter: string): string {
  const start = at.pos;
  while (at.pos < text.length && !isFieldEnd(text[at.pos]!, delimiter)) at.pos += 1;
  return text.slice(start, at.pos);
}

function isFieldEnd(c: string, delimiter: string): boolean {
  return c === delimiter || c === '\n' || c === '\r';
}

function quotedField(text: string, at: Cursor, file: string): string {
  const startLine = at.line;
  let value = '';
  let i = at.pos + 1;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"' && text[i + 1] !== '"') {
      at.pos = i + 1;
      return value;
    }
    if (c === '\n') at.line += 1;
    value += c;
    i += c === '"' ? 2 : 1; // a doubled quote stands for one
  }
  throw new FactError(file, startLine, '(quoted field)', 'the closing quote is missing');
}
