import type { SeriesRow } from '../../queries/poverty-series.ts';
import type { TargetRow } from '../../queries/area-targets.ts';
import type { XY } from '../../charts/chart-types.ts';
import { annualSeries } from '../../domain/annual-series.ts';
import { periodTime } from '../../domain/period-time.ts';
import { latestPoorChange, type PoorChange } from '../../domain/poor-change.ts';
import { targetGoal, type TargetGoal } from '../../domain/target-goal.ts';
import type { Observation } from '../../domain/types.ts';
import { toObservations, toTargets } from '../series-observations.ts';

/** What the Kukar view draws: the March series, its stated targets, and the change in people. */
export interface KukarFigures {
  march: Observation[];
  points: XY[];
  goals: TargetGoal[];
  people: PoorChange | null;
  latest: Observation;
  xDomain: [number, number];
  yDomain: [number, number];
}

/** The Kukar figures from its series and targets (null without any March figure). */
export function kukarFigures(rows: SeriesRow[], targetRows: TargetRow[]): KukarFigures | null {
  const march = annualSeries(toObservations(rows));
  const latest = march.at(-1);
  if (!latest) return null;
  const goals = toTargets(targetRows).map((t) => targetGoal(t)).filter((g): g is TargetGoal => g !== null);
  const values = [...march.map((o) => o.ratePct), ...goals.map((g) => g.goalPct)];
  const years = [...march.map((o) => o.year), ...goals.map((g) => g.year)];
  return {
    march,
    points: march.map((o) => ({ x: periodTime(o.year, o.period), y: o.ratePct })),
    goals,
    people: latestPoorChange(march),
    latest,
    xDomain: [Math.min(...years), Math.max(...years) + 1],
    yDomain: [0, Math.ceil(Math.max(...values) + 1)],
  };
}
