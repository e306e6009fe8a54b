import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDelimited } from '../../../../src/data/layout/parse-delimited.ts';
import { lastRecordEnd, quoteStateAfter } from '../../../../src/data/layout/record-boundary.ts';
import type { Delimiter } from '../../../../src/data/layout/table-layout.ts';
import { delimiterArb, SEED, tableArb } from './arbitraries.ts';
import { serialiseTable } from './serialise-table.ts';

const concat = (parts: readonly Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  parts.reduce((at, part) => (out.set(part, at), at + part.length), 0);
  return out;
};

/** The file cut into chunks of the given sizes (repeated until the bytes run out). */
function chunksOf(bytes: Uint8Array, sizes: readonly number[]): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  for (let at = 0, i = 0; at < bytes.length; i++) {
    const size = sizes[i % sizes.length] ?? 1;
    chunks.push(bytes.subarray(at, at + size));
    at += size;
  }
  return chunks;
}

/** Splits at record boundaries the way a loader re-scanning its leftover would: leftover + chunk, from `false`. */
function splitRescanning(chunks: readonly Uint8Array[]): Uint8Array[] {
  const pieces: Uint8Array[] = [];
  let leftover: Uint8Array = new Uint8Array(0);
  for (const chunk of chunks) {
    const buffer = concat([leftover, chunk]);
    const { end } = lastRecordEnd(buffer, false);
    if (end >= 0) pieces.push(buffer.subarray(0, end));
    leftover = end >= 0 ? buffer.subarray(end) : buffer;
  }
  return leftover.length > 0 ? [...pieces, leftover] : pieces;
}

/** Splits scanning each byte once, carrying the quote state from chunk to chunk. */
function splitCarrying(chunks: readonly Uint8Array[]): Uint8Array[] {
  const pieces: Uint8Array[] = [];
  let pending: Uint8Array[] = [];
  let inQuote = false;
  for (const chunk of chunks) {
    const { end, inQuoteAtEnd } = lastRecordEnd(chunk, inQuote);
    inQuote = inQuoteAtEnd;
    if (end < 0) {
      pending.push(chunk);
      continue;
    }
    // The state at `end` is false, so the rest of the chunk scanned from false ends where the whole chunk did.
    expect(quoteStateAfter(chunk.subarray(end), false)).toBe(inQuoteAtEnd);
    pieces.push(concat([...pending, chunk.subarray(0, end)]));
    pending = [chunk.subarray(end)];
  }
  const rest = concat(pending);
  return rest.length > 0 ? [...pieces, rest] : pieces;
}

const cellsOf = (bytes: Uint8Array, delimiter: Delimiter) =>
  parseDelimited(new TextDecoder().decode(bytes), delimiter).map((record) => record.cells);

describe('lastRecordEnd (chunking property)', () => {
  it('pieces split at record ends parse to the same records as the whole file', () => {
    const sizes = fc.array(fc.integer({ min: 1, max: 48 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(
        tableArb,
        delimiterArb,
        fc.constantFrom('\n', '\r\n'),
        sizes,
        (rows, delimiter, lineEnd, chunkSizes) => {
          const bytes = new TextEncoder().encode(serialiseTable(rows, delimiter, lineEnd));
          const chunks = chunksOf(bytes, chunkSizes);
          const whole = cellsOf(bytes, delimiter);
          for (const pieces of [splitRescanning(chunks), splitCarrying(chunks)]) {
            expect(concat(pieces)).toEqual(bytes);
            pieces.slice(0, -1).forEach((piece) => expect(piece.at(-1)).toBe(0x0a));
            expect(pieces.flatMap((piece) => cellsOf(piece, delimiter))).toEqual(whole);
          }
        },
      ),
      { numRuns: 1000, seed: SEED },
    );
  });
});
