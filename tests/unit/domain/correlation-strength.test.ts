import { describe, expect, it } from 'vitest';
import { correlationStrength, type CorrelationStrength } from '../../../src/domain/correlation-strength.ts';

describe('correlationStrength', () => {
  it.each<[number, CorrelationStrength]>([
    // r, expected band and sign; each band starts at its threshold
    [0, { band: 'none', sign: 'positive' }],
    [0.0999, { band: 'none', sign: 'positive' }],
    [-0.05, { band: 'none', sign: 'negative' }],
    [0.1, { band: 'weak', sign: 'positive' }],
    [-0.12, { band: 'weak', sign: 'negative' }],
    [-0.2999, { band: 'weak', sign: 'negative' }],
    [0.3, { band: 'moderate', sign: 'positive' }],
    [-0.45, { band: 'moderate', sign: 'negative' }],
    [0.5, { band: 'strong', sign: 'positive' }],
    [-0.87, { band: 'strong', sign: 'negative' }],
    [1, { band: 'strong', sign: 'positive' }],
    [-1, { band: 'strong', sign: 'negative' }],
  ])('r = %s', (r, expected) => {
    expect(correlationStrength(r)).toEqual(expected);
  });
});
