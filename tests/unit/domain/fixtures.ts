// Published BPS figures copied from shared/data/kaltim_poverty_bps.csv (sources listed there), so the
// tests never read files at run time. Rates in percent, counts in thousands.
import type { Observation, Period } from '../../../src/domain/types.ts';

const obs = (year: number, period: Period, ratePct: number, poorThousands: number | null = null): Observation => ({
  year,
  period,
  ratePct,
  poorThousands,
});

/** Kalimantan Timur province (64), March and September 2015-2025; March 2021 and September 2023 unpublished. */
export const KALTIM: readonly Observation[] = [
  obs(2015, 'mar', 6.23, 212.89),
  obs(2015, 'sep', 6.1, 209.99),
  obs(2016, 'mar', 6.11, 212.92),
  obs(2016, 'sep', 6.0, 211.24),
  obs(2017, 'mar', 6.19, 220.17),
  obs(2017, 'sep', 6.08, 218.67),
  obs(2018, 'mar', 6.03, 218.9),
  obs(2018, 'sep', 6.06, 222.39),
  obs(2019, 'mar', 5.94, 219.92),
  obs(2019, 'sep', 5.91, 220.91),
  obs(2020, 'mar', 6.1, 230.26),
  obs(2020, 'sep', 6.64, 243.99),
  obs(2021, 'sep', 6.27, 233.13),
  obs(2022, 'mar', 6.31),
  obs(2022, 'sep', 6.44, 242.3),
  obs(2023, 'mar', 6.11, 231.07),
  obs(2024, 'mar', 5.78, 221.34),
  obs(2024, 'sep', 5.51, 211.88),
  obs(2025, 'mar', 5.17, 199.71),
  obs(2025, 'sep', 5.19, 202.04),
];

/** Kutai Kartanegara (6403), March only. */
export const KUKAR: readonly Observation[] = [
  obs(2016, 'mar', 7.63, 55.82),
  obs(2020, 'mar', 7.31, 58.42),
  obs(2021, 'mar', 7.99, 62.36),
  obs(2022, 'mar', 7.96, 62.87),
  obs(2023, 'mar', 7.61, 60.857),
  obs(2024, 'mar', 7.28, 59.0),
  obs(2025, 'mar', 6.72),
];

/** Mahakam Ulu (6411), March only; rows without a rate left out. */
export const MAHULU: readonly Observation[] = [
  obs(2016, 'mar', 10.65),
  obs(2020, 'mar', 11.44, 3.26),
  obs(2021, 'mar', 11.9, 3.18),
  obs(2022, 'mar', 11.55, 3.1),
  obs(2023, 'mar', 11.38),
  obs(2024, 'mar', 10.75, 2.9),
  obs(2025, 'mar', 10.09),
];

/** A March-only series from [year, rate] pairs, for made-up cases. */
export const march = (...points: ReadonlyArray<readonly [number, number]>): Observation[] =>
  points.map(([year, ratePct]) => obs(year, 'mar', ratePct));

export { obs };
