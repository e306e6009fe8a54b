import type { SeriesRow } from '../../queries/poverty-series.ts';
import type { TargetRow } from '../../queries/area-targets.ts';
import type { XY } from '../../charts/chart-types.ts';
import { annualSeries } from '../../domain/annual-series.ts';
import { periodTime } from '../../domain/period-time.ts';
import { latestPoorChange, type PoorChange } from '../../domain/poor-change.ts';
import { splitAtGaps } from '../../domain/split-at-gaps.ts';
import { targetGoal, type TargetGoal } from '../../domain/target-goal.ts';
import type { Observation } from '../../domain/types.ts';
import { toObservations, toTargets } from '../series-observations.ts';

/** What a district page draws: its March series (gaps left as gaps), the province and national lines, its targets, the change in people. */
export interface PageFigures {
  march: Observation[];
  points: XY[];
  /** The line: each run of consecutive Marches; a missing year is a gap, never bridged. */
  runs: XY[][];
  /** The province's March line (empty on the province's own page) and Indonesia's, as references. */
  province: XY[][];
  national: XY[][];
  goals: TargetGoal[];
  people: PoorChange | null;
  latest: Observation;
  xDomain: [number, number];
  yDomain: [number, number];
}

const point = (o: Observation): XY => ({ x: periodTime(o.year, o.period), y: o.ratePct });
const marchRuns = (rows: readonly SeriesRow[]): XY[][] =>
  splitAtGaps(annualSeries(toObservations(rows)), 'year').map((run) => run.map(point));

/** A district page's figures from its series, targets and the two reference series (null without any March figure). */
export function pageFigures(
  rows: SeriesRow[],
  targetRows: TargetRow[],
  provinceRows: readonly SeriesRow[] = [],
  nationalRows: readonly SeriesRow[] = [],
): PageFigures | null {
  const march = annualSeries(toObservations(rows));
  const latest = march.at(-1);
  if (!latest) return null;
  const first = march[0]!.year;
  // The references are drawn over the area's own years only, so they never stretch its axis.
  const within = (r: SeriesRow) => r.year >= first;
  const goals = toTargets(targetRows)
    .map((t) => targetGoal(t))
    .filter((g): g is TargetGoal => g !== null);
  const province = marchRuns(provinceRows.filter(within));
  const national = marchRuns(nationalRows.filter(within));
  const values = [
    ...march.map((o) => o.ratePct),
    ...goals.map((g) => g.goalPct),
    ...[...province, ...national].flat().map((p) => Number(p.y)),
  ];
  const years = [...march.map((o) => o.year), ...goals.map((g) => g.year)];
  return {
    march,
    points: march.map(point),
    runs: splitAtGaps(march, 'year').map((run) => run.map(point)),
    province,
    national,
    goals,
    people: latestPoorChange(march),
    latest,
    xDomain: [Math.min(...years), Math.max(...years) + 1],
    yDomain: [0, Math.ceil(Math.max(...values) + 1)],
  };
}
