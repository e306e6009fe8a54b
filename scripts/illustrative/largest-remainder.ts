/**
 * Splits a whole total across weights so the parts add up to it exactly (largest-remainder method):
 * each part gets the floor of its share, and the leftover units go to the largest fractions, ties to
 * the earlier weight.
 */
export function allocate(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (!(sum > 0)) throw new Error('allocate needs at least one positive weight');
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  const leftover = total - parts.reduce((a, b) => a + b, 0);
  const byFraction = exact
    .map((e, i) => ({ i, fraction: e - Math.floor(e) }))
    .sort((a, b) => b.fraction - a.fraction || a.i - b.i);
  for (const { i } of byFraction.slice(0, leftover)) parts[i]! += 1;
  return parts;
}
