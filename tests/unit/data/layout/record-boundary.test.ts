import { describe, expect, it } from 'vitest';
import { lastRecordEnd, quoteStateAfter } from '../../../../src/data/layout/record-boundary.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('lastRecordEnd', () => {
  it.each<[string, boolean, number, boolean]>([
    ['a;b\n1;2\n', false, 8, false],
    ['a;b\n1;2', false, 4, false],
    ['a;b\r\n1;2\r\n3', false, 10, false],
    ['no break', false, -1, false],
    ['', false, -1, false],
    ['"x\ny"\nz', false, 6, false],
    ['"open\nstill', false, -1, true],
    ['a\n"open\n', false, 2, true],
    ['"say ""x""\n"\n', false, 13, false],
    // Starting inside a quoted field: the first "\n" is data, the closing quote ends the field.
    ['x\ny"\nz', true, 5, false],
    ['x\ny', true, -1, true],
  ])('%j from inQuote=%s -> end %d, inQuoteAtEnd %s', (text, startsInQuote, end, inQuoteAtEnd) => {
    expect(lastRecordEnd(bytes(text), startsInQuote)).toEqual({ end, inQuoteAtEnd });
  });

  it('counts bytes, not chars', () => {
    expect(lastRecordEnd(bytes('é;日\nx'), false).end).toBe(7);
  });
});

describe('quoteStateAfter', () => {
  it.each<[string, boolean, boolean]>([
    ['', false, false],
    ['', true, true],
    ['"a', false, true],
    ['"a""b"', false, false],
    ['b"', true, false],
  ])('%j from %s -> %s', (text, from, expected) => {
    expect(quoteStateAfter(bytes(text), from)).toBe(expected);
  });
});
