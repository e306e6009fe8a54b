/** The parts of the bench, in the order they run; BENCH_ONLY picks some of them. */
export const PARTS = ['pages', 'readers', 'queries', 'overlap', 'bigload'] as const;
export type Part = (typeof PARTS)[number];

/**
 * The parts named in BENCH_ONLY (comma-separated, e.g. `overlap` or `readers,queries`), or every
 * part when it is unset or empty. An unknown name stops the bench rather than silently running nothing.
 */
export function selectedParts(only = process.env.BENCH_ONLY ?? ''): Part[] {
  const names = only
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  const unknown = names.filter((n) => !(PARTS as readonly string[]).includes(n));
  if (unknown.length) throw new Error(`BENCH_ONLY: unknown part ${unknown.join(', ')} (parts: ${PARTS.join(', ')})`);
  return names.length ? PARTS.filter((p) => names.includes(p)) : [...PARTS];
}

/** Where a run's results go: bench.json for the whole bench, bench-<parts>.json for a part of it. */
export function resultsFileName(parts: Part[]): string {
  return parts.length === PARTS.length ? 'bench.json' : `bench-${parts.join('-')}.json`;
}
