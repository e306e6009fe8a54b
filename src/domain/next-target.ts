import type { Target } from './types.ts';

/** The nearest target after the latest observed year (the one a planner is working toward now), or null. */
export function nextTarget(targets: readonly Target[], latestYear: number): Target | null {
  const ahead = targets.filter((t) => t.year > latestYear).sort((a, b) => a.year - b.year);
  return ahead[0] ?? null;
}
