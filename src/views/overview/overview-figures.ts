import type { SeriesRow } from '../../queries/poverty-series.ts';
import type { TargetRow } from '../../queries/area-targets.ts';
import type { XY } from '../../charts/chart-types.ts';
import { annualSeries } from '../../domain/annual-series.ts';
import { chronological } from '../../domain/chronological.ts';
import { nextTarget } from '../../domain/next-target.ts';
import { pace, requiredPace, type Pace, type RequiredPace } from '../../domain/pace.ts';
import { pickBaseline } from '../../domain/pick-baseline.ts';
import { periodTime } from '../../domain/period-time.ts';
import { targetGoal, type TargetGoal } from '../../domain/target-goal.ts';
import type { Observation } from '../../domain/types.ts';
import { toObservations, toTargets } from '../series-observations.ts';

/** Everything the overview draws, computed once from the rows. */
export interface OverviewFigures {
  march: XY[];
  september: XY[];
  start: Observation;
  latest: Observation;
  goal: TargetGoal | null;
  required: RequiredPace | null;
  history: Pace | null;
  requiredPath: XY[];
  xDomain: [number, number];
  yDomain: [number, number];
}

const point = (o: Observation): XY => ({ x: periodTime(o.year, o.period), y: o.ratePct });

/**
 * The overview's figures: the March and September lines, the starting point (latest March),
 * the next target, the straight path required from the start to the target, and the historical pace.
 */
export function overviewFigures(rows: SeriesRow[], targetRows: TargetRow[]): OverviewFigures | null {
  const all = chronological(toObservations(rows));
  const march = annualSeries(all);
  const start = march.at(-1);
  const latest = all.at(-1);
  if (!start || !latest) return null;
  const target = nextTarget(toTargets(targetRows), start.year);
  const goal = target ? targetGoal(target) : null;
  const baseline = pickBaseline(march);
  const requiredPath = goal ? [point(start), { x: periodTime(goal.year, 'mar'), y: goal.goalPct }] : [];
  const lastX = goal ? periodTime(goal.year, 'mar') : point(latest).x;
  return {
    march: march.map(point),
    september: all.filter((o) => o.period === 'sep').map(point),
    start,
    latest,
    goal,
    required: goal ? requiredPace(start, goal) : null,
    history: baseline ? pace(baseline, start) : null,
    requiredPath,
    xDomain: [Math.floor(point(all[0]!).x), Math.ceil(lastX + 0.25)],
    yDomain: [0, Math.ceil(Math.max(...all.map((o) => o.ratePct)) + 0.5)],
  };
}
