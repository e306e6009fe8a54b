// Input types shared by the domain maths. Output types live next to the function that builds them.

/** BPS publishes poverty twice a year: March (the annual reference) and September. */
export type Period = 'mar' | 'sep';

/** One published poverty figure for an area. */
export interface Observation {
  year: number;
  period: Period;
  /** Poverty rate, P0, in percent (5.17 means 5.17%). */
  ratePct: number;
  /** Number of poor people, in thousands, when published. */
  poorThousands?: number | null;
}

/** A stated target: a single value, or a range low..high. */
export interface Target {
  areaCode: string;
  year: number;
  valuePct?: number | null;
  lowPct?: number | null;
  highPct?: number | null;
}

export type Direction = 'lower-is-better' | 'higher-is-better';

/** 'target-year-past' means the target year has been observed and the target was missed. */
export type StatusClass =
  | 'achieved'
  | 'on-track'
  | 'acceleration-needed'
  | 'limited-progress'
  | 'deterioration'
  | 'insufficient-data'
  | 'target-year-past';
