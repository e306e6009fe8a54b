import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDelimited } from '../../../../src/data/layout/parse-delimited.ts';
import { csvishTextArb, delimiterArb, SEED, tableArb } from './arbitraries.ts';
import { serialiseTable } from './serialise-table.ts';

/** Physical line breaks counted another way than the code under test does. */
const breaks = (text: string): number => text.match(/\r\n|\r|\n/g)?.length ?? 0;

describe('parseDelimited (properties)', () => {
  it('never throws, and its records tile the text in order', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary' }), csvishTextArb),
        delimiterArb,
        fc.boolean(),
        (text, delimiter, complete) => {
          const records = parseDelimited(text, delimiter, { complete });
          records.forEach((record, i) => {
            expect(record.start).toBe(i === 0 ? 0 : records[i - 1]?.end);
            expect(record.line).toBe(1 + breaks(text.slice(0, record.start)));
          });
          if (complete) expect(records.at(-1)?.end ?? 0).toBe(text.length);
        },
      ),
      { numRuns: 2000, seed: SEED },
    );
  });

  it('reads back the cells of any serialised table (delimiters, quotes, CR, LF, unicode in cells)', () => {
    fc.assert(
      fc.property(tableArb, delimiterArb, fc.constantFrom('\n', '\r\n', '\r'), (rows, delimiter, lineEnd) => {
        const text = serialiseTable(rows, delimiter, lineEnd);
        const records = parseDelimited(text, delimiter);
        expect(records.map((record) => record.cells)).toEqual(rows);
        records.forEach((record) => expect(record.line).toBe(1 + breaks(text.slice(0, record.start))));
      }),
      { numRuns: 1500, seed: SEED },
    );
  });
});
