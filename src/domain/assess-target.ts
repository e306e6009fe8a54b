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
  /** The recent pace: baseline March to latest March, points a year. The projection and the scenario use this same pace. */
  observedPace: Pace | null;
  /** Latest March to the target year: the points still to fall, and per year; null once the target year is observed. */
  requiredPace: RequiredPace | null;
  /** Progress ratio R = observedPace.ppPerYear / requiredPace.ppPerYear. */
  ratio: number | null;
  projection: Projection | null;
  stalled: StalledSignal | null;
  peopleNeeded: PeopleNeeded | null;
  /** Thousands of people a year who must leave poverty (peopleNeeded.perYearThousands). */
  peopleNeededPerYear: number | null;
}

type Outlook = Pick<Assessment, 'requiredPace' | 'ratio' | 'projection' | 'peopleNeeded' | 'peopleNeededPerYear'>;

// Forward-looking figures only make sense while the target year is still ahead. Everything still to
// do is counted from the latest observation, so the card's pace times its years is the fall that remains.
function outlook(
  series: readonly Observation[],
  goal: TargetGoal | null,
  observed: Pace | null,
  options: AssessOptions,
): Outlook {
  const latest = series.at(-1);
  if (!latest || !goal || goal.year <= latest.year) {
    return { requiredPace: null, ratio: null, projection: null, peopleNeeded: null, peopleNeededPerYear: null };
  }
  const direction = options.direction ?? POVERTY_DIRECTION;
  const people = peopleNeeded({
    ratePct: latest.ratePct,
    poorThousands: latest.poorThousands,
    goalPct: goal.goalPct,
    yearsLeft: goal.year - latest.year,
    populationThousands: options.populationThousands,
  });
  const required = requiredPace(latest, goal);
  return {
    requiredPace: required,
    ratio: progressRatio(observed?.ppPerYear ?? null, required.ppPerYear, direction),
    projection: projection(series, goal, {
      direction,
      baselineYear: options.baselineYear,
      baselineYearsBack: options.baselineYearsBack,
    }),
    peopleNeeded: people,
    peopleNeededPerYear: people?.perYearThousands ?? null,
  };
}

/** Assessment of one target from its area's observations (March and September, any order). */
export function assessTarget(
  target: Target,
  observations: readonly Observation[],
  options: AssessOptions = {},
): Assessment {
  const direction = options.direction ?? POVERTY_DIRECTION;
  const series = annualSeries(observations);
  const goal = targetGoal(target, direction);
  const latest = series.at(-1) ?? null;
  const baseline = pickBaseline(series, options);
  const observedPace = baseline && latest ? pace(baseline, latest) : null;
  const ahead = outlook(series, goal, observedPace, options);
  return {
    areaCode: target.areaCode,
    target,
    goal,
    status: classifyStatus({ series, goal, observed: observedPace, ratio: ahead.ratio, direction }),
    latest,
    baseline,
    yearsLeft: goal && latest ? goal.year - latest.year : null,
    observedPace,
    ...ahead,
    stalled: stalled(observations, direction),
  };
}
