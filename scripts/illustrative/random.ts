/** A seeded stream of pseudo-random numbers; the same seed gives the same sequence on every platform. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** An index drawn with probability proportional to its weight. */
  weighted(weights: readonly number[]): number;
}

/** A mulberry32 stream: 32-bit integer arithmetic only, so no platform's floating point can change a draw. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n) => Math.floor(next() * n), weighted: (weights) => weightedIndex(weights, next()) };
}

/**
 * An independent stream for one part of the generator (`coverage`, `villages 6403`, ...), so that
 * drawing more numbers in one part leaves every other part's numbers unchanged.
 */
export function randomFor(seed: number, label: string): Random {
  return createRandom((seed ^ hashText(label)) >>> 0);
}

function weightedIndex(weights: readonly number[], u: number): number {
  const total = weights.reduce((sum, w) => sum + w, 0);
  let target = u * total;
  for (let i = 0; i < weights.length; i++) {
    target -= weights[i]!;
    if (target < 0) return i;
  }
  return weights.length - 1;
}

// FNV-1a: a stable 32-bit hash of a label, enough to separate streams.
function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
