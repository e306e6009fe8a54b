import { describe, expect, it } from 'vitest';
import { breakWord, wrapText } from '../../../src/components/export/wrap-text.ts';

// Every character 10px wide: widths are easy to count.
const measure = (text: string) => text.length * 10;

describe('wrapText', () => {
  it.each<[string, string, number, string[]]>([
    ['fits on one line', 'Kemiskinan turun', 200, ['Kemiskinan turun']],
    ['breaks at the last space that fits', 'satu dua tiga empat', 90, ['satu dua', 'tiga', 'empat']],
    ['a line exactly full', 'abcd efgh', 90, ['abcd efgh']],
    ['collapses runs of white space', '  satu \n\t dua  ', 200, ['satu dua']],
    ['empty text: no lines', '   ', 100, []],
  ])('%s', (_name, text, width, expected) => {
    expect(wrapText(text, width, measure)).toEqual(expected);
  });

  it('breaks a URL longer than a line by characters, filling the line it starts on', () => {
    const lines = wrapText('Tautan: https://example.org/pantau/?view=kukar&lang=id', 200, measure);
    expect(lines).toEqual(['Tautan: https://exam', 'ple.org/pantau/?view', '=kukar&lang=id']);
    expect(lines.every((l) => measure(l) <= 200)).toBe(true);
    expect(lines.join('')).toBe('Tautan: https://example.org/pantau/?view=kukar&lang=id');
  });

  it('keeps every character of a long word, in order, and no line wider than allowed', () => {
    const word = 'x'.repeat(95);
    const lines = wrapText(`aa ${word} bb`, 300, measure);
    expect(lines.every((l) => measure(l) <= 300)).toBe(true);
    expect(lines.join(' ').replace(/ /g, '')).toBe(`aa${word}bb`);
  });
});

describe('breakWord', () => {
  it('gives every line at least one character, even narrower than a character', () => {
    expect(breakWord('abc', 5, measure)).toEqual(['a', 'b', 'c']);
  });

  it('fills each piece but the last', () => {
    expect(breakWord('abcdefg', 30, measure)).toEqual(['abc', 'def', 'g']);
  });
});
