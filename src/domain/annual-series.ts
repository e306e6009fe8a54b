import { chronological } from './chronological.ts';
import type { Observation } from './types.ts';

/** The March observations, one per year, oldest first: the series every target is judged on. */
export function annualSeries(observations: readonly Observation[]): Observation[] {
  // September rounds use a smaller sample and districts publish March only, so March is compared
  // with March; September serves only as the short-term signal in stalled.ts.
  return chronological(observations).filter((observation) => observation.period === 'mar');
}
