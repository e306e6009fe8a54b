import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../../src/data/xlsx/cell.ts';
import { xlsxToDelimited } from '../../../../src/data/xlsx/xlsx-to-delimited.ts';

const SEED = 20250618;
const RUNS = 2000;

// Text rich in the characters that need quoting and that look like numbers either way.
const tricky = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\n', '\r', '.', '-', '7', '0', 'é', '😀') });
const cell: fc.Arbitrary<Cell> = fc.oneof(
  fc.constant(null),
  tricky,
  fc.string(),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
);
const sheet = fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 });

/** RFC 4180 records of comma-separated text with "\n" line ends; throws on anything malformed. */
function parseRfc4180(text: string): string[][] {
  const records: string[][] = [];
  let i = 0;
  while (i < text.length) {
    const fields: string[] = [];
    for (;;) {
      let field = '';
      if (text[i] === '"') {
        for (i++; ; i++) {
          if (i >= text.length) throw new Error('unclosed quote');
          if (text[i] === '"' && text[i + 1] === '"') field += text[i++];
          else if (text[i] === '"') break;
          else field += text[i];
        }
        i++;
      } else {
        while (i < text.length && !',\n"\r'.includes(text[i]!)) field += text[i++];
      }
      fields.push(field);
      const end = text[i++];
      if (end === ',') continue;
      if (end === '\n') break;
      throw new Error(`unexpected ${JSON.stringify(end)} at ${i - 1}`);
    }
    records.push(fields);
  }
  return records;
}

describe('xlsxToDelimited on arbitrary sheets', () => {
  it('never throws, and every line parses to one record of the same field count', () => {
    fc.assert(
      fc.property(sheet, (rows) => {
        const { text, decimal } = xlsxToDelimited(rows);
        expect(['.', ',']).toContain(decimal);
        const records = parseRfc4180(text);
        expect(records).toHaveLength(rows.length);
        // A sheet of zero-width rows still writes one (empty) field per line.
        const width = Math.max(1, ...rows.map((row) => row.length));
        for (const record of records) expect(record).toHaveLength(width);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('gives back every text cell exactly and every finite number to 12 significant digits', () => {
    fc.assert(
      fc.property(sheet, (rows) => {
        const { text, decimal } = xlsxToDelimited(rows);
        const records = parseRfc4180(text);
        rows.forEach((row, r) =>
          row.forEach((value, c) => {
            const field = records[r]![c]!;
            if (typeof value === 'string') expect(field).toBe(value);
            else if (typeof value === 'number' && Number.isFinite(value)) {
              const back = Number(decimal === ',' ? field.replace(',', '.') : field);
              expect(Math.abs(back - value)).toBeLessThanOrEqual(Math.abs(value) * 1e-11);
            } else if (value === null) expect(field).toBe('');
          }),
        );
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
