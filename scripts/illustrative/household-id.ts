const HALF = 2 ** 24;
const MASK = HALF - 1;

/**
 * A synthetic household id: 12 lowercase hex digits from a seeded 48-bit Feistel permutation of the
 * household's index. A Feistel network is a bijection whatever its round function, so distinct
 * indices (below 2^48) can never share an id, yet neighbouring indices look unrelated.
 */
export function householdId(index: number, seed: number): string {
  if (!Number.isInteger(index) || index < 0 || index >= HALF * HALF)
    throw new Error(`household index ${index} is outside 0..2^48`);
  let left = Math.floor(index / HALF);
  let right = index % HALF;
  for (let round = 0; round < 4; round++) {
    const next = (left ^ roundMix(right, seed, round)) & MASK;
    left = right;
    right = next;
  }
  return hex6(left) + hex6(right);
}

// murmur3's 32-bit finaliser over the half, keyed by seed and round.
function roundMix(half: number, seed: number, round: number): number {
  let h = (half ^ Math.imul((seed + round * 0x9e3779b9) >>> 0, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function hex6(n: number): string {
  return n.toString(16).padStart(6, '0');
}
