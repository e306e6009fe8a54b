import type { SeriesRow } from '../../queries/poverty-series.ts';
import type { TargetRow } from '../../queries/area-targets.ts';
import type { XBand, XY } from '../../charts/chart-types.ts';
import type { NationalRow } from '../../queries/national-series.ts';
import { splitAtGaps } from '../../domain/split-at-gaps.ts';
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
  /** The lines: each run of consecutive rounds, never bridged across a round that was not published. */
  marchRuns: XY[][];
  septemberRuns: XY[][];
  /** Indonesia's rate (BPS), March and September, as a reference; runs as above. */
  national: XY[][];
  nationalLatest: Observation | null;
  /** Targets stated as a range after the next target (the RPJMD 2029 range), drawn as bands. */
  ranges: { year: number; lowPct: number; highPct: number; band: XBand[] }[];
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
export function overviewFigures(
  rows: SeriesRow[],
  targetRows: TargetRow[],
  nationalRows: readonly NationalRow[] = [],
): OverviewFigures | null {
  const all = chronological(toObservations(rows));
  const march = annualSeries(all);
  const start = march.at(-1);
  const latest = all.at(-1);
  if (!start || !latest) return null;
  const target = nextTarget(toTargets(targetRows), start.year);
  const goal = target ? targetGoal(target) : null;
  const baseline = pickBaseline(march);
  const requiredPath = goal ? [point(start), { x: periodTime(goal.year, 'mar'), y: goal.goalPct }] : [];
  const ranges = laterRanges(targetRows, goal);
  const national = chronological(toObservations(nationalRows.map((r) => ({ ...r, poor_thousands: null }))));
  const lastYear = Math.max(goal?.year ?? 0, ...ranges.map((r) => r.year));
  const lastX = lastYear ? periodTime(lastYear, 'mar') : point(latest).x;
  const september = all.filter((o) => o.period === 'sep');
  return {
    march: march.map(point),
    september: september.map(point),
    marchRuns: splitAtGaps(march, 'year').map((run) => run.map(point)),
    septemberRuns: splitAtGaps(september, 'year').map((run) => run.map(point)),
    national: splitAtGaps(national, 'half-year').map((run) => run.map(point)),
    nationalLatest: national.at(-1) ?? null,
    ranges,
    start,
    latest,
    goal,
    required: goal ? requiredPace(start, goal) : null,
    history: baseline ? pace(baseline, start) : null,
    requiredPath,
    xDomain: [Math.floor(point(all[0]!).x), Math.ceil(lastX + 0.25)],
    yDomain: [0, Math.ceil(Math.max(...all.map((o) => o.ratePct), ...national.map((o) => o.ratePct)) + 0.5)],
  };
}

// A range is drawn as a band a few months wide around March of its year, so it reads as "anywhere in here".
function laterRanges(targetRows: TargetRow[], next: TargetGoal | null): OverviewFigures['ranges'] {
  return toTargets(targetRows)
    .filter((t) => t.year > (next?.year ?? -Infinity) && t.lowPct != null && t.highPct != null)
    .map((t) => {
      const x = periodTime(t.year, 'mar');
      return {
        year: t.year,
        lowPct: t.lowPct!,
        highPct: t.highPct!,
        band: [-0.3, 0.3].map((d) => ({ x: x + d, y0: t.lowPct!, y1: t.highPct! })),
      };
    });
}
