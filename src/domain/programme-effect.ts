/** A programme's reach and the assumptions that turn it into people leaving poverty. */
export interface ProgrammeReach {
  /** Households reached each year. */
  households: number;
  /** Persons per household (an assumption the planner states). */
  personsPerHousehold: number;
  /** Share of reached households that leave poverty for good, 0-1 (net of those who fall back). */
  leaveShare: number;
}

/** People a year who leave poverty through the programme. */
export function programmePeople({ households, personsPerHousehold, leaveShare }: ProgrammeReach): number {
  return Math.max(0, households) * Math.max(0, personsPerHousehold) * Math.min(1, Math.max(0, leaveShare));
}

/** People as points of the rate for a population given in thousands (null without a population). */
export function peopleToPoints(people: number, populationThousands: number): number | null {
  if (!(populationThousands > 0)) return null;
  return (people / (populationThousands * 1000)) * 100;
}

/**
 * The fall in the rate, in points a year, that a programme brings about: people leaving poverty as a
 * share of the population. The population is held at its current level, as in people-needed.ts.
 */
export function programmePoints(reach: ProgrammeReach, populationThousands: number): number | null {
  return peopleToPoints(programmePeople(reach), populationThousands);
}
