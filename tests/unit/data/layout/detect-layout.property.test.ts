import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLayout, type LayoutOverrides } from '../../../../src/data/layout/detect-layout.ts';
import type { Delimiter, TableLayout } from '../../../../src/data/layout/table-layout.ts';
import { csvishTextArb, delimiterArb, SEED } from './arbitraries.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** What must hold for any layout, however odd the input. */
function expectSane(layout: TableLayout, head: Uint8Array): void {
  expect(layout.columnCount).toBe(layout.headers.length);
  expect(layout.preview.length).toBeLessThanOrEqual(20);
  expect(layout.dataStartByte).toBeGreaterThanOrEqual(0);
  expect(layout.dataStartByte).toBeLessThanOrEqual(head.length);
  expect(layout.years.length).not.toBe(1);
  if (layout.columnCount > 0) expect(layout.dataStartLine).toBeGreaterThan(layout.headerLine);
}

const overridesArb: fc.Arbitrary<LayoutOverrides> = fc.record(
  { delimiter: delimiterArb, decimal: fc.constantFrom('.', ','), headerLine: fc.integer({ min: -2, max: 40 }) },
  { requiredKeys: [] },
);

const headArb = fc.oneof(
  fc.uint8Array({ maxLength: 600 }),
  fc.string({ unit: 'binary', maxLength: 300 }).map(utf8),
  csvishTextArb.map(utf8),
);

describe('detectLayout never throws', () => {
  it('on arbitrary bytes, text and CSV-ish text, with or without a tail and overrides', () => {
    fc.assert(
      fc.property(headArb, fc.option(fc.uint8Array({ maxLength: 200 })), overridesArb, (head, tail, options) => {
        expectSane(detectLayout(head), head);
        expectSane(detectLayout(head, tail, options), head);
      }),
      { numRuns: 1500, seed: SEED },
    );
  });
});

/** A BPS-like file: title rows (maybe padded, maybe a blank line after), a header, numeric rows, maybe notes. */
interface Generated {
  delimiter: Delimiter;
  decimal: '.' | ',';
  lineEnd: string;
  bom: boolean;
  titles: string[];
  padded: boolean;
  blankAfterTitles: boolean;
  headers: string[];
  rows: number[][];
  notes: string[];
}

const letters = (from: string, minLength: number, maxLength: number) =>
  fc.string({ unit: fc.constantFrom(...from), minLength, maxLength });
const UPPER = 'ABCDEFGHIKLMNPRSTUWY';
const LOWER = 'abcdefghiklmnoprstuwy';

/** Words that no sniffing step can take for a number, a year, a note prefix or a delimiter. */
const wordArb = fc.tuple(letters(UPPER, 1, 1), letters(LOWER, 1, 9)).map(([a, b]) => a + b);
const phraseArb = fc.array(wordArb, { minLength: 1, maxLength: 5 }).map((words) => words.join(' '));

const generatedArb: fc.Arbitrary<Generated> = fc
  .record({
    delimiter: delimiterArb,
    decimal: fc.constantFrom<'.' | ','>('.', ','),
    lineEnd: fc.constantFrom('\n', '\r\n'),
    bom: fc.boolean(),
    titles: fc.array(
      phraseArb.map((phrase) => `${phrase} (Persen), 2022-2024`),
      { maxLength: 3 },
    ),
    padded: fc.boolean(),
    blankAfterTitles: fc.boolean(),
    columns: fc.integer({ min: 2, max: 7 }),
    // At least as many data rows as titles: titles holding the delimiter must not outnumber the table
    // (sniffDelimiter's documented limit on tiny files).
    rowCount: fc.integer({ min: 3, max: 25 }),
    notes: fc.array(
      fc.tuple(fc.constantFrom('Sumber: ', 'Catatan: ', 'Keterangan: '), phraseArb).map(([a, b]) => a + b),
      { maxLength: 2 },
    ),
  })
  .chain(({ columns, rowCount, ...rest }) =>
    fc
      .record({
        headers: fc.uniqueArray(wordArb, { minLength: columns, maxLength: columns }),
        rows: fc.array(
          fc.array(fc.integer({ min: -99_999, max: 9_999_999 }), { minLength: columns, maxLength: columns }),
          {
            minLength: rowCount,
            maxLength: rowCount,
          },
        ),
      })
      .map((table) => ({ ...rest, ...table })),
  );

/** A number of hundredths written with two decimals and the given mark, quoted when the mark is the delimiter. */
function numberCell(hundredths: number, { decimal, delimiter }: Generated): string {
  const text = (hundredths / 100).toFixed(2).replace('.', decimal);
  return decimal === delimiter ? `"${text}"` : text;
}

/** The generated file's text and the text of its first data record. */
function fileOf(g: Generated): { text: string; firstRecord: string } {
  const pad = g.padded ? g.delimiter.repeat(g.headers.length - 1) : '';
  // A CSV writer quotes a title holding the delimiter; unquoted, "Judul, 2024" is a two-column row.
  const oneCell = (line: string) => (line.includes(g.delimiter) ? `"${line}"` : line);
  const records = g.rows.map((row) => row.map((n) => numberCell(n, g)).join(g.delimiter));
  const lines = [
    ...g.titles.map((title) => oneCell(title) + pad),
    ...(g.titles.length > 0 && g.blankAfterTitles ? [''] : []),
    g.headers.join(g.delimiter),
    ...records,
    ...g.notes.map((note) => oneCell(note) + pad),
  ];
  const text = (g.bom ? '\ufeff' : '') + lines.map((line) => line + g.lineEnd).join('');
  return { text, firstRecord: (records[0] ?? '') + g.lineEnd };
}

describe('detectLayout on generated BPS-like files', () => {
  it('finds the header line, columns, data start, decimal mark and notes that were written', () => {
    fc.assert(
      fc.property(generatedArb, (g) => {
        const { text, firstRecord } = fileOf(g);
        const bytes = utf8(text);
        const layout = detectLayout(bytes);
        const headerLine = g.titles.length + (g.titles.length > 0 && g.blankAfterTitles ? 1 : 0) + 1;
        expect(layout).toMatchObject({
          delimiter: g.delimiter,
          decimal: g.decimal,
          titleLines: g.titles,
          headerLine,
          headerRows: 1,
          headers: g.headers,
          columnCount: g.headers.length,
          dataStartLine: headerLine + 1,
          trailingNotes: g.notes,
        });
        expect(layout.preview).toHaveLength(Math.min(20, g.rows.length));
        expect(new TextDecoder().decode(bytes.subarray(layout.dataStartByte)).startsWith(firstRecord)).toBe(true);
      }),
      { numRuns: 1000, seed: SEED },
    );
  });
});
