import { describe, expect, it } from 'vitest';
import { countLineBreaks } from '../../../../src/data/layout/count-line-breaks.ts';

describe('countLineBreaks', () => {
  it.each<[string, number]>([
    ['', 0],
    ['a', 0],
    ['a\nb\n', 2],
    ['a\r\nb\r\n', 2],
    ['a\rb\r', 2],
    ['\n\r\r\n\r', 4],
  ])('%j -> %d', (text, expected) => {
    expect(countLineBreaks(text)).toBe(expected);
  });

  it('leaves a CR whose LF lies beyond the range to the range that holds the LF', () => {
    expect(countLineBreaks('a\r\nb', 0, 2) + countLineBreaks('a\r\nb', 2, 4)).toBe(1);
  });
});
