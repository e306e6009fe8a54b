import { describe, expect, it } from 'vitest';
import { correlation, MIN_CORRELATION_PAIRS } from '../../../src/domain/correlation.ts';

type Pair = readonly [number | null | undefined, number | null | undefined];

describe('correlation', () => {
  it.each<[string, Pair[], number | null, number]>([
    // name, pairs, r, n
    [
      'perfectly rising',
      [
        [1, 2],
        [2, 4],
        [3, 6],
      ],
      1,
      3,
    ],
    [
      'perfectly falling',
      [
        [1, 3],
        [2, 2],
        [3, 1],
        [4, 0],
      ],
      -1,
      4,
    ],
    // x = 1..5, y = 2,4,5,4,5: sxy = 6, sxx = 10, syy = 6 -> 6 / sqrt(60)
    [
      'a textbook sample',
      [
        [1, 2],
        [2, 4],
        [3, 5],
        [4, 4],
        [5, 5],
      ],
      6 / Math.sqrt(60),
      5,
    ],
    [
      'two pairs only: no r',
      [
        [1, 2],
        [2, 4],
      ],
      null,
      2,
    ],
    ['no pairs', [], null, 0],
    [
      'x does not vary',
      [
        [0.1, 1],
        [0.1, 2],
        [0.1, 5],
      ],
      null,
      3,
    ],
    [
      'y does not vary',
      [
        [1, 0.3],
        [2, 0.3],
        [3, 0.3],
      ],
      null,
      3,
    ],
    [
      'pairs with a missing side are skipped',
      [
        [1, 2],
        [null, 9],
        [2, 4],
        [3, undefined],
        [3, 6],
        [Number.NaN, 1],
      ],
      1,
      3,
    ],
    [
      'a missing side can leave too few',
      [
        [1, 2],
        [2, null],
        [3, 6],
      ],
      null,
      2,
    ],
  ])('%s', (_name, pairs, r, n) => {
    const result = correlation(pairs);
    expect(result.n).toBe(n);
    if (r === null) expect(result.r).toBeNull();
    else expect(result.r).toBeCloseTo(r, 12);
  });

  it('never leaves -1..1', () => {
    const pairs: Pair[] = [0.1, 0.2, 0.3, 0.7, 1.1].map((x) => [x, 3 * x + 0.1]);
    const { r } = correlation(pairs);
    expect(r).not.toBeNull();
    expect(Math.abs(r!)).toBeLessThanOrEqual(1);
  });

  it('needs three pairs', () => {
    expect(MIN_CORRELATION_PAIRS).toBe(3);
  });
});
