import { describe, expect, it } from 'vitest';
import { householdId } from '../../../scripts/illustrative/household-id.ts';
import { allocate } from '../../../scripts/illustrative/largest-remainder.ts';
import { createRandom, randomFor } from '../../../scripts/illustrative/random.ts';

const draws = (next: () => number, n = 5) => Array.from({ length: n }, next);

describe('seeded random streams', () => {
  it('repeat for a seed and differ between seeds', () => {
    expect(draws(createRandom(42).next)).toEqual(draws(createRandom(42).next));
    expect(draws(createRandom(42).next)).not.toEqual(draws(createRandom(43).next));
  });

  // Pinned from the reference mulberry32 (bryc/code, PRNGs.md); a change here changes every committed illustrative file.
  it('give the reference mulberry32 sequence', () => {
    expect(draws(createRandom(1).next, 3).map((x) => Math.round(x * 1e9))).toEqual([627073941, 2735721, 527447040]);
  });

  it('stay in range and follow weights', () => {
    const random = createRandom(7);
    const ints = Array.from({ length: 1000 }, () => random.int(6));
    expect(Math.min(...ints)).toBe(0);
    expect(Math.max(...ints)).toBe(5);
    const picks = Array.from({ length: 4000 }, () => random.weighted([1, 3]));
    expect(picks.filter((p) => p === 1).length / 4000).toBeCloseTo(0.75, 1);
    expect(random.weighted([0, 0, 5])).toBe(2);
  });

  it('separate labelled parts of one seed', () => {
    expect(draws(randomFor(9, 'coverage').next)).toEqual(draws(randomFor(9, 'coverage').next));
    expect(draws(randomFor(9, 'coverage').next)).not.toEqual(draws(randomFor(9, 'register 6403').next));
  });
});

describe('householdId', () => {
  it('is 12 lowercase hex digits, stable for an index and seed', () => {
    expect(householdId(0, 1)).toMatch(/^[0-9a-f]{12}$/);
    expect(householdId(123, 5)).toBe(householdId(123, 5));
    expect(householdId(123, 5)).not.toBe(householdId(123, 6));
  });

  it('never repeats (a 48-bit permutation), also across the 2^24 half boundary', () => {
    const indices = [...Array.from({ length: 300_000 }, (_, i) => i), ...Array.from({ length: 1000 }, (_, i) => 2 ** 24 - 500 + i)];
    expect(new Set(indices.map((i) => householdId(i, 20250618))).size).toBe(new Set(indices).size);
  });

  it('does not show the index: neighbours share no prefix in general', () => {
    const prefixes = new Set(Array.from({ length: 256 }, (_, i) => householdId(i, 3).slice(0, 2)));
    expect(prefixes.size).toBeGreaterThan(100);
  });

  it('refuses an index outside 0..2^48', () => {
    expect(() => householdId(-1, 1)).toThrow(/outside/);
    expect(() => householdId(2 ** 48, 1)).toThrow(/outside/);
  });
});

describe('allocate (largest remainder)', () => {
  it('adds up exactly and stays within one of each exact share', () => {
    const weights = [26.7, 14.7, 60.9, 37, 13.3, 12.1, 3.1, 15, 41.9, 7.7];
    const parts = allocate(1680, weights);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(1680);
    const sum = weights.reduce((a, b) => a + b, 0);
    parts.forEach((p, i) => expect(Math.abs(p - (1680 * weights[i]!) / sum)).toBeLessThan(1));
  });

  it('gives leftover units to the largest fractions, ties to the earlier weight', () => {
    expect(allocate(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(allocate(7, [0.5, 0.3, 0.2])).toEqual([4, 2, 1]);
  });
});
