import { describe, expect, it } from 'vitest';
import {
  formatNumber,
  formatPct,
  formatPeople,
  formatPoints,
  formatRupiah,
  formatSigned,
  tickFormat,
  type Lang,
  formatDate,
  formatMonth,
} from '../../../src/i18n/format.ts';

describe('formatPct', () => {
  it.each<[number, Lang, string]>([
    [7.28, 'id', '7,28%'],
    [7.28, 'en', '7.28%'],
    [5.17, 'id', '5,17%'],
    [3, 'id', '3,00%'],
    [10.09, 'en', '10.09%'],
  ])('%d (%s) -> %s', (value, lang, text) => {
    expect(formatPct(value, lang)).toBe(text);
  });

  it('with one decimal', () => {
    expect(formatPct(6.72, 'id', 1)).toBe('6,7%');
  });
});

describe('formatPoints', () => {
  it.each<[number, Lang, string]>([
    [-0.33, 'id', '−0,33 poin'],
    [-0.33, 'en', '−0.33 pp'],
    [0.6, 'id', '+0,60 poin'],
    [-2.17, 'en', '−2.17 pp'],
    [0, 'id', '±0,00 poin'],
  ])('%d (%s) -> %s', (value, lang, text) => {
    expect(formatPoints(value, lang)).toBe(text);
  });

  it('takes the sign from the number as shown: a change that rounds to zero has none', () => {
    expect(formatPoints(-0.001, 'id')).toBe('±0,00 poin');
    expect(formatPoints(0.004, 'en')).toBe('±0.00 pp');
    expect(formatPoints(-0.005, 'en')).toBe('−0.01 pp');
  });

  it('uses the minus sign U+2212, not a hyphen', () => {
    expect(formatPoints(-1, 'id').codePointAt(0)).toBe(0x2212);
  });
});

describe('formatPeople', () => {
  it.each<[number, Lang, string]>([
    [1857, 'id', '1.857'],
    [1857, 'en', '1,857'],
    [-1857, 'id', '-1.857'],
    [60857, 'id', '60.857'],
    [59000.4, 'id', '59.000'],
    [199710, 'en', '199,710'],
  ])('%d (%s) -> %s', (value, lang, text) => {
    expect(formatPeople(value, lang)).toBe(text);
  });
});

describe('formatRupiah', () => {
  it.each<[number, Lang, string]>([
    [5e6, 'id', 'Rp5 juta'],
    [2.5e9, 'id', 'Rp2,5 miliar'],
    [200000, 'id', 'Rp200.000'],
    [1.2e12, 'id', 'Rp1,2 triliun'],
    [866193, 'id', 'Rp866.193'],
    [5e6, 'en', 'Rp5 million'],
    [2.5e9, 'en', 'Rp2.5 billion'],
    [200000, 'en', 'Rp200,000'],
    // Rounded to one decimal before the unit is chosen: no "1.000,0 juta", no "1,0 miliar".
    [999_999_999, 'id', 'Rp1 miliar'],
    [999_940_000, 'id', 'Rp999,9 juta'],
    [1.04e9, 'id', 'Rp1 miliar'],
    [1.25e9, 'id', 'Rp1,3 miliar'],
    [999_000, 'id', 'Rp999.000'],
  ])('%d (%s) -> %s', (value, lang, text) => {
    expect(formatRupiah(value, lang)).toBe(text);
  });

  it('never uses the ambiguous compact "M"', () => {
    for (const value of [1e6, 2.5e6, 1e9, 3e12]) {
      for (const lang of ['id', 'en'] as const) expect(formatRupiah(value, lang)).not.toMatch(/\dM|\dB|\dT/);
    }
  });
});

describe('formatNumber and tickFormat', () => {
  it('decimal comma and thousands dot in Indonesian', () => {
    expect(formatNumber(866193.5, 'id', 1)).toBe('866.193,5');
    expect(formatNumber(866193.5, 'en', 1)).toBe('866,193.5');
  });

  it('d3 ticks in the same convention', () => {
    expect(tickFormat('.1f', 'id')(5.5)).toBe('5,5');
    expect(tickFormat('.1f', 'en')(5.5)).toBe('5.5');
    expect(tickFormat(',d', 'id')(1857)).toBe('1.857');
  });
});

describe('formatSigned', () => {
  it.each<[number, Lang, string]>([
    [-0.1349, 'id', '−0,13'],
    [-0.1349, 'en', '−0.13'],
    [0.5, 'id', '0,50'],
    [-1234.5, 'id', '−1.234,50'],
  ])('%s (%s) -> %s', (value, lang, expected) => {
    expect(formatSigned(value, lang)).toBe(expected);
  });
});

describe('formatDate and formatMonth', () => {
  it('write dates and months out in the language', () => {
    expect(formatDate(new Date(2026, 10, 23), 'id')).toBe('23 November 2026');
    expect(formatDate(new Date(2026, 7, 5), 'en')).toBe('5 August 2026');
    expect(formatMonth(2025, 6, 'id')).toBe('Juni 2025');
    expect(formatMonth(2025, 8, 'id')).toBe('Agustus 2025');
    expect(formatMonth(2025, 6, 'en')).toBe('June 2025');
    expect(formatMonth(2025, 1, 'en')).toBe('January 2025');
  });
});
