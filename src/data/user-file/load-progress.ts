/** The steps of a load, in order, with the share of the progress bar each is given. */
export const LOAD_PHASES = { read: [0, 0.4], map: [0.4, 0.5], check: [0.5, 0.92], save: [0.92, 1] } as const;

/** A load's step and how far the whole load is (0..1). */
export interface LoadProgress {
  phase: keyof typeof LOAD_PHASES;
  fraction: number;
}

/** A progress listener. */
export type OnProgress = (progress: LoadProgress) => void;

/** The overall fraction for a step that is `done` (0..1) of the way through. */
export function phaseProgress(phase: keyof typeof LOAD_PHASES, done: number): LoadProgress {
  const [from, to] = LOAD_PHASES[phase];
  return { phase, fraction: from + (to - from) * Math.min(1, Math.max(0, done)) };
}
