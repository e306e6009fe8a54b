/** What the count of people needed is computed from. */
export interface PeopleNeededInput {
  /** Latest poverty rate, percent. */
  ratePct: number;
  /** Rate to reach, percent. */
  goalPct: number;
  yearsLeft: number;
  /** Poor people now, thousands; used to infer the population when none is given. */
  poorThousands?: number | null;
  /** Population, thousands. */
  populationThousands?: number | null;
}

/** How many people must leave poverty to reach the goal, in thousands. */
export interface PeopleNeeded {
  populationThousands: number;
  poorNowThousands: number;
  poorAtGoalThousands: number;
  totalThousands: number;
  perYearThousands: number;
}

const isPositive = (value: number | null | undefined): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value > 0;

/** The population the rate applies to: as given, else implied by the published count and rate. */
export function populationBase(input: PeopleNeededInput): number | null {
  if (isPositive(input.populationThousands)) return input.populationThousands;
  // BPS publishes the rate and the count from the same survey, so count / rate is the population it covers.
  if (isPositive(input.poorThousands) && input.ratePct > 0) return input.poorThousands / (input.ratePct / 100);
  return null;
}

/**
 * People who must leave poverty each year to reach the goal: (rate - goal) x population / years left.
 * The population is held at its current level: no projection to the target year is assumed, so the
 * figure reads as "this many of today's residents"; growth of 1-2% a year would lower it slightly.
 */
export function peopleNeeded(input: PeopleNeededInput): PeopleNeeded | null {
  const population = populationBase(input);
  if (population === null || !(input.yearsLeft > 0)) return null;
  const poorNowThousands = (input.ratePct / 100) * population;
  const poorAtGoalThousands = (input.goalPct / 100) * population;
  // Once the goal is met nobody more needs to leave poverty for it; a negative count would read as a quota.
  const totalThousands = Math.max(0, poorNowThousands - poorAtGoalThousands);
  const perYearThousands = totalThousands / input.yearsLeft;
  return { populationThousands: population, poorNowThousands, poorAtGoalThousands, totalThousands, perYearThousands };
}
