/** A year and how many districts have a rate in it. */
export interface YearCoverage {
  year: number;
  districts: number;
}

// Five years back spans a full planning cycle (RPJMD) while keeping most districts comparable.
const YEARS_BACK = 5;

/**
 * The base year offered first for district change: among years at least five years before the
 * latest, the one with the most districts (the latest such on a tie); else the earliest year.
 */
export function defaultBaseYear(years: readonly YearCoverage[]): number | null {
  const latest = years.at(-1)?.year;
  if (latest === undefined) return null;
  const eligible = years.filter((y) => y.year <= latest - YEARS_BACK);
  const best = eligible.reduce<YearCoverage | null>((b, y) => (!b || y.districts >= b.districts ? y : b), null);
  return (best ?? years[0]!).year;
}
