import { annualSeries } from './annual-series.ts';
import { classifyStatus } from './classify-status.ts';
import { POVERTY_DIRECTION } from './indicator.ts';
import { pace, requiredPace, type Pace, type RequiredPace } from './pace.ts';
import { peopleNeeded, type PeopleNeeded } from './people-needed.ts';
import { pickBaseline, type BaselineOptions } from './pick-baseline.ts';
import { progressRatio } from './progress-ratio.ts';
import { projection, type Projection } from './projection.ts';
import { stalled, type StalledSignal } from './stalled.ts';
import { targetGoal, type TargetGoal } from './target-goal.ts';
import type { Direction, Observation, StatusClass, Target } from './types.ts';

export interface AssessOptions extends BaselineOptions {
  direction?: Direction;
  halfLifeYears?: number;
  /** Population in thousands; if absent it is inferred from the latest count and rate. */
  populationThousands?: number | null;
}

/** Everything the dashboard says about one area's target. */
export interface Assessment {
  areaCode: string;
  target: Target;
  goal: TargetGoal | null;
  status: StatusClass;
  /** Latest March observation (the annual series). */
  latest: Observation | null;
  baseline: Observation | null;
  /** Target year minus latest March year; zero or less once the target year is observed. */
  yearsLeft: number | null;
  /** Baseline to latest March. */
  observedPace: Pace | null;
  /** Baseline to target year: the Open SDG denominator. */
  requiredPace: RequiredPace | null;
  /** Latest March to target year: the points still to fall; null once the target year is observed. */
  requiredPaceFromLatest: RequiredPace | null;
  /** Open SDG progress ratio R = observedPace.cagr / requiredPace.cagr. */
  ratio: number | null;
  projection: Projection | null;
  stalled: StalledSignal | null;
  peopleNeeded: PeopleNeeded | null;
  /** Thousands of people a year who must leave poverty (peopleNeeded.perYearThousands). */
  peopleNeededPerYear: number | null;
}

type Measured = Pick<Assessment, 'observedPace' | 'requiredPace' | 'ratio'>;
type Outlook = Pick<Assessment, 'requiredPaceFromLatest' | 'projection' | 'peopleNeeded' | 'peopleNeededPerYear'>;

// Open SDG measures both paces from the baseline year, so R compares like with like over time.
function measure(
  baseline: Observation | null,
  latest: Observation | null,
  goal: TargetGoal | null,
  direction: Direction,
): Measured {
  const observedPace = baseline && latest ? pace(baseline, latest) : null;
  const required = baseline && goal ? requiredPace(baseline, goal) : null;
  const ratio = progressRatio(observedPace?.cagr ?? null, required?.cagr ?? null, direction);
  return { observedPace, requiredPace: required, ratio };
}

// Forward-looking figures only make sense while the target year is still ahead.
function outlook(series: readonly Observation[], goal: TargetGoal | null, options: AssessOptions): Outlook {
  const latest = series.at(-1);
  if (!latest || !goal || goal.year <= latest.year) {
    return { requiredPaceFromLatest: null, projection: null, peopleNeeded: null, peopleNeededPerYear: null };
  }
  const direction = options.direction ?? POVERTY_DIRECTION;
  const people = peopleNeeded({
    ratePct: latest.ratePct,
    poorThousands: latest.poorThousands,
    goalPct: goal.goalPct,
    yearsLeft: goal.year - latest.year,
    populationThousands: options.populationThousands,
  });
  return {
    requiredPaceFromLatest: requiredPace(latest, goal),
    projection: projection(series, goal, { direction, halfLifeYears: options.halfLifeYears }),
    peopleNeeded: people,
    peopleNeededPerYear: people?.perYearThousands ?? null,
  };
}

/** Assessment of one target from its area's observations (March and September, any order). */
export function assessTarget(target: Target, observations: readonly Observation[], options: AssessOptions = {}): Assessment {
  const direction = options.direction ?? POVERTY_DIRECTION;
  const series = annualSeries(observations);
  const goal = targetGoal(target, direction);
  const latest = series.at(-1) ?? null;
  const baseline = pickBaseline(series, options);
  const measured = measure(baseline, latest, goal, direction);
  return {
    areaCode: target.areaCode,
    target,
    goal,
    status: classifyStatus({ series, goal, observed: measured.observedPace, ratio: measured.ratio, direction }),
    latest,
    baseline,
    yearsLeft: goal && latest ? goal.year - latest.year : null,
    ...measured,
    ...outlook(series, goal, options),
    stalled: stalled(observations, direction),
  };
}
