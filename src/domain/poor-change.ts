import type { Observation } from './types.ts';

/** The change in the number of poor people between two years' March figures. */
export interface PoorChange {
  fromYear: number;
  toYear: number;
  fromPeople: number;
  toPeople: number;
  /** Negative when fewer people are poor. */
  changePeople: number;
}

/** Change in the number of poor people between two March observations, or null where either count is missing. */
export function poorChange(observations: readonly Observation[], fromYear: number, toYear: number): PoorChange | null {
  const count = (year: number) => observations.find((o) => o.year === year && o.period === 'mar')?.poorThousands;
  const from = count(fromYear);
  const to = count(toYear);
  if (from == null || to == null) return null;
  // Counts are published in thousands with up to three decimals; round to whole people.
  const fromPeople = Math.round(from * 1000);
  const toPeople = Math.round(to * 1000);
  return { fromYear, toYear, fromPeople, toPeople, changePeople: toPeople - fromPeople };
}

/** The most recent pair of consecutive March observations that both give the number of poor, as a change. */
export function latestPoorChange(observations: readonly Observation[]): PoorChange | null {
  const counted = observations
    .filter((o) => o.period === 'mar' && o.poorThousands != null)
    .sort((a, b) => a.year - b.year);
  for (let i = counted.length - 1; i > 0; i--) {
    const [from, to] = [counted[i - 1]!, counted[i]!];
    if (to.year - from.year === 1) return poorChange(counted, from.year, to.year);
  }
  return null;
}
