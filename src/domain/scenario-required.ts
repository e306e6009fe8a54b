import type { RatePoint } from './pace.ts';
import type { TargetGoal } from './target-goal.ts';

/** The steady fall a scenario needs to reach a goal from a starting point. */
export interface RequiredFall {
  years: number;
  /** Points still to fall; zero once the goal is met. */
  totalPp: number;
  /** Points a year. */
  ppPerYear: number;
}

/** The fall needed each year from a starting point to reach the goal in its year; null once the year has come. */
export function requiredFall(start: RatePoint, goal: Pick<TargetGoal, 'year' | 'goalPct'>): RequiredFall | null {
  const years = goal.year - start.year;
  if (!(years > 0)) return null;
  // Poverty falls toward the goal; a start already at or below it needs no fall.
  const totalPp = Math.max(0, start.ratePct - goal.goalPct);
  return { years, totalPp, ppPerYear: totalPp / years };
}

/** What converts people into points: the population and the household size assumed. */
export interface HouseholdBasis {
  populationThousands: number;
  personsPerHousehold: number;
}

/** People a year that a fall of some points a year means for a population (held constant). */
export function peopleForPoints(ppPerYear: number, populationThousands: number): number {
  return (Math.max(0, ppPerYear) / 100) * populationThousands * 1000;
}

/**
 * Households a year a programme must reach for a fall of some points a year, at a given share that
 * leave poverty; null when no household can leave (share or household size zero) or no population.
 */
export function householdsNeeded(ppPerYear: number, leaveShare: number, basis: HouseholdBasis): number | null {
  if (!(leaveShare > 0) || !(basis.personsPerHousehold > 0) || !(basis.populationThousands > 0)) return null;
  const households = peopleForPoints(ppPerYear, basis.populationThousands) / (basis.personsPerHousehold * leaveShare);
  // Whole households, rounded up; the tolerance keeps an exact answer from tipping to the next one.
  return Math.max(0, Math.ceil(households - 1e-9));
}

/**
 * Share of reached households that must leave poverty for a fall of some points a year; above 1 means
 * the scale cannot reach it even if every household left; null without households or population.
 */
export function leaveShareNeeded(ppPerYear: number, households: number, basis: HouseholdBasis): number | null {
  if (!(households > 0) || !(basis.personsPerHousehold > 0) || !(basis.populationThousands > 0)) return null;
  return peopleForPoints(ppPerYear, basis.populationThousands) / (households * basis.personsPerHousehold);
}
