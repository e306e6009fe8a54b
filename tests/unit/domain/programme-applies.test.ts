import { describe, expect, it } from 'vitest';
import { programmeApplies } from '../../../src/domain/programme-applies.ts';

describe('programmeApplies', () => {
  it.each([
    ['blt_dana_desa', 'kabupaten', true],
    ['blt_dana_desa', 'kota', false],
    ['pkh', 'kota', true],
    ['kaltim_uep', 'kabupaten', true],
    ['all', 'kota', true],
    ['an_unknown_programme', 'kota', true],
  ])('%s in a %s: %s', (programme, type, expected) => {
    expect(programmeApplies(programme, type)).toBe(expected);
  });
});
