/** A Pearson correlation and the number of pairs it rests on. */
export interface Correlation {
  /** -1..1, or null when it cannot be computed (fewer than 3 pairs, or one side does not vary). */
  r: number | null;
  /** Pairs with both numbers present. */
  n: number;
}

/** The fewest pairs for which a correlation is shown; two points always lie on a line. */
export const MIN_CORRELATION_PAIRS = 3;

const usable = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

// Compared exactly: a mean of equal numbers can differ from them by rounding, leaving a tiny false variance.
const constant = (values: number[]): boolean => values.every((v) => v === values[0]);

/** Pearson's r of paired numbers, skipping pairs with a missing side. */
export function correlation(
  pairs: ReadonlyArray<readonly [number | null | undefined, number | null | undefined]>,
): Correlation {
  const kept = pairs.filter((p): p is readonly [number, number] => usable(p[0]) && usable(p[1]));
  const n = kept.length;
  if (n < MIN_CORRELATION_PAIRS || constant(kept.map(([x]) => x)) || constant(kept.map(([, y]) => y)))
    return { r: null, n };
  const mx = kept.reduce((s, [x]) => s + x, 0) / n;
  const my = kept.reduce((s, [, y]) => s + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (const [x, y] of kept) {
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
    syy += (y - my) ** 2;
  }
  // Rounding can push |r| a hair past 1 for perfectly aligned points.
  return { r: Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy))), n };
}
