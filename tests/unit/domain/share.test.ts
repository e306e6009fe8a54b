import { describe, expect, it } from 'vitest';
import { share } from '../../../src/domain/share.ts';

describe('share', () => {
  it.each<[number | null | undefined, number | null | undefined, number | null]>([
    [8, 13, 8 / 13],
    [0, 13, 0],
    [12_000, 7110, 12_000 / 7110],
    [1, 0, null],
    [1, null, null],
    [null, 5, null],
    [undefined, 5, null],
    [1, Number.NaN, null],
    [Number.POSITIVE_INFINITY, 5, null],
  ])('%s / %s = %s', (part, whole, expected) => {
    expect(share(part, whole)).toBe(expected);
  });
});
