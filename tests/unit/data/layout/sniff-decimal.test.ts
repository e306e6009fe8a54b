import { describe, expect, it } from 'vitest';
import { decimalEvidence, sniffDecimal } from '../../../../src/data/layout/sniff-decimal.ts';

describe('decimalEvidence', () => {
  it.each<[string, number]>([
    ['8,54', 1],
    ['-0,771', 1],
    ['1.234.567', 1],
    ['1.234,5', 1],
    ['1234,567', 1],
    ['8.54', -1],
    ['0.771', -1],
    ['3.14159', -1],
    ['1,234,567', -1],
    ['1,234.5', -1],
    ['1.250', 0],
    ['1,250', 0],
    ['790.186', 0],
    ['2024', 0],
    ['Paser', 0],
    ['', 0],
    [' 8,54 ', 1],
  ])('%j -> %d', (cell, expected) => {
    expect(decimalEvidence(cell)).toBe(expected);
  });
});

describe('sniffDecimal', () => {
  it('goes with the majority', () => {
    expect(sniffDecimal(['8,54', '5,20', '3.14'], ',')).toBe(',');
    expect(sniffDecimal(['8.54', '5.20', '3,14'], ';')).toBe('.');
  });

  it('falls back on the delimiter with no evidence', () => {
    expect(sniffDecimal(['1.250', '2024', 'Paser'], ';')).toBe(',');
    expect(sniffDecimal(['1.250', '2024'], ',')).toBe('.');
    expect(sniffDecimal([], '\t')).toBe('.');
  });
});
