import { describe, expect, it } from 'vitest';
import { illustrativeLabel } from '../../../src/views/coverage/coverage-provenance.ts';

const v = (provenance: 'sourced' | 'illustrative' | 'mixed' | null) => ({ provenance, sources: [] });

describe('illustrativeLabel: per figure, from the districts it draws', () => {
  it('a figure built only from real rows carries none', () => {
    expect(illustrativeLabel([v('sourced'), v('sourced'), v(null)], 'id')).toBeUndefined();
    expect(illustrativeLabel([], 'en')).toBeUndefined();
  });

  it('a figure built only from generated rows says so', () => {
    expect(illustrativeLabel([v('illustrative'), v(null)], 'id')).toBe('Ilustratif: bukan data resmi.');
    expect(illustrativeLabel([v('illustrative')], 'en')).toBe('Illustrative: not official data.');
  });

  it('a mix says how many districts are real; a mixed district counts as not real', () => {
    const values = [v('sourced'), v('mixed'), v('illustrative'), v(null)];
    expect(illustrativeLabel(values, 'id')).toBe(
      'Sebagian ilustratif: 1 dari 3 kabupaten/kota dari data bersumber (warna penuh); lainnya dibuat generator (diarsir), bukan data resmi.',
    );
    expect(illustrativeLabel(values, 'en')).toMatch(/^Partly illustrative: 1 of 3 districts from sourced data/);
  });
});
