import type { Observation } from './types.ts';

/** Position of an observation on a half-year time line (March of a year comes before its September). */
export function semesterIndex(observation: Pick<Observation, 'year' | 'period'>): number {
  return observation.year * 2 + (observation.period === 'sep' ? 1 : 0);
}

/** Observations oldest first, one per semester, without rates that are not numbers. */
export function chronological(observations: readonly Observation[]): Observation[] {
  // Sources often quote the same BPS figure twice; the first one given wins so the result is stable.
  const bySemester = new Map<number, Observation>();
  for (const observation of observations) {
    const key = semesterIndex(observation);
    if (Number.isFinite(observation.ratePct) && !bySemester.has(key)) bySemester.set(key, observation);
  }
  return [...bySemester.entries()].sort(([a], [b]) => a - b).map(([, observation]) => observation);
}
