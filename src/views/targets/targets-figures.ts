import type { XBand, XY } from '../../charts/chart-types.ts';
import { annualSeries } from '../../domain/annual-series.ts';
import { assessTarget, type Assessment } from '../../domain/assess-target.ts';
import { observationForTarget } from '../../domain/classify-status.ts';
import { periodTime } from '../../domain/period-time.ts';
import { recentPace } from '../../domain/projection.ts';
import { projectionPath, type ProjectedPoint } from '../../domain/projection-path.ts';
import type { Pace } from '../../domain/pace.ts';
import type { Observation } from '../../domain/types.ts';
import type { AreaSeriesRow } from '../../queries/areas-series.ts';
import type { TargetWithAreaRow } from '../../queries/targets-with-areas.ts';
import { USER_SOURCE } from '../../queries/upsert-target.ts';
import { targetCitations, toObservations, toTargets } from '../series-observations.ts';
import type { CitedRow } from '../../domain/citations.ts';

/** What one target card shows: the row, its assessment and how it was judged. */
export interface TargetFigure {
  key: string;
  row: TargetWithAreaRow;
  assessment: Assessment;
  /** For a target whose year has been observed: the March figure it is judged on. */
  judged: Observation | null;
  /** R is reported only while the target is ahead and not yet met (it classifies the pace toward it). */
  showsRatio: boolean;
  userEntered: boolean;
}

/** One area's targets, series and chart. */
export interface AreaFigure {
  areaCode: string;
  name: string;
  shortName: string;
  populationThousands: number;
  march: Observation[];
  observations: Observation[];
  targets: TargetFigure[];
  /** The trend projection to the farthest target ahead (empty when none is ahead). */
  projection: ProjectedPoint[];
  /** The recent pace the projection moves by (null with one point or a gap in its window). */
  pace: Pace | null;
  chart: AreaChart;
  /** The citation of every figure and target of the area (targets entered in the interface have none). */
  cited: CitedRow[];
}

/** The chart of an area in data units. */
export interface AreaChart {
  observed: XY[];
  trend: XY[];
  band: XBand[];
  /** Targets stated as one value; `above` when the target sits above that year's March figure (label it above). */
  points: (XY & { year: number; above: boolean })[];
  ranges: { year: number; band: XBand[] }[];
  xDomain: [number, number];
  yDomain: [number, number];
}

const RATIO_CLASSES = new Set(['on-track', 'acceleration-needed', 'limited-progress', 'deterioration']);
const marchX = (year: number) => periodTime(year, 'mar');

function targetFigure(row: TargetWithAreaRow, observations: Observation[]): TargetFigure {
  const [target] = toTargets([row]);
  const assessment = assessTarget(target!, observations, { populationThousands: row.population_thousands });
  const latestYear = assessment.latest?.year ?? Infinity;
  const judged =
    row.target_year <= latestYear ? observationForTarget(annualSeries(observations), row.target_year) : null;
  return {
    key: `${row.area_code}-${row.target_year}`,
    row,
    assessment,
    judged,
    showsRatio: RATIO_CLASSES.has(assessment.status) && assessment.ratio !== null,
    userEntered: row.source === USER_SOURCE,
  };
}

// A range is drawn as a band a few months wide around March of its year, so it reads as "anywhere in here".
function rangeBand(t: TargetFigure): XBand[] {
  const { lowPct, highPct } = t.assessment.goal ?? { lowPct: null, highPct: null };
  if (lowPct === null || highPct === null) return [];
  const x = marchX(t.row.target_year);
  return [
    { x: x - 0.3, y0: lowPct, y1: highPct },
    { x: x + 0.3, y0: lowPct, y1: highPct },
  ];
}

function areaChart(march: Observation[], targets: TargetFigure[], projection: ProjectedPoint[]): AreaChart {
  const goals = targets.filter((t) => t.assessment.goal);
  const ranged = goals.filter((t) => rangeBand(t).length > 0);
  const values = [
    ...march.map((o) => o.ratePct),
    ...goals.flatMap((t) => [t.assessment.goal!.goalPct, t.assessment.goal!.highPct ?? 0]),
    ...projection.map((p) => p.highPct ?? p.valuePct),
  ];
  const years = [...march.map((o) => o.year), ...goals.map((t) => t.row.target_year)];
  return {
    observed: march.map((o) => ({ x: marchX(o.year), y: o.ratePct })),
    trend: projection.map((p) => ({ x: marchX(p.year), y: p.valuePct })),
    band: projection
      .filter((p) => p.lowPct !== null)
      .map((p) => ({ x: marchX(p.year), y0: p.lowPct!, y1: p.highPct! })),
    points: goals
      .filter((t) => !ranged.includes(t))
      .map((t) => {
        const observed = march.find((o) => o.year === t.row.target_year)?.ratePct;
        const goalPct = t.assessment.goal!.goalPct;
        return {
          x: marchX(t.row.target_year),
          y: goalPct,
          year: t.row.target_year,
          above: observed !== undefined && goalPct > observed,
        };
      }),
    ranges: ranged.map((t) => ({ year: t.row.target_year, band: rangeBand(t) })),
    xDomain: [Math.min(...years), Math.max(...years) + 1],
    yDomain: [0, Math.ceil(Math.max(...values) + 0.5)],
  };
}

function areaFigure(rows: TargetWithAreaRow[], series: AreaSeriesRow[]): AreaFigure {
  const observations = toObservations(series);
  const first = rows[0]!;
  const march = annualSeries(observations);
  const targets = rows.map((row) => targetFigure(row, observations));
  const ahead = targets.filter((t) => t.assessment.goal && t.row.target_year > (march.at(-1)?.year ?? Infinity));
  const farthest = ahead.at(-1)?.assessment.goal;
  const projection = farthest ? projectionPath(march, farthest) : [];
  return {
    areaCode: first.area_code,
    name: first.area_name,
    shortName: first.short_name,
    populationThousands: first.population_thousands,
    march,
    observations,
    targets,
    projection,
    pace: recentPace(march),
    chart: areaChart(march, targets, projection),
    cited: [...series, ...targetCitations(rows.filter((r) => r.source !== USER_SOURCE))],
  };
}

/**
 * Every area with a target, in the order of the rows (province first): each target assessed on the
 * area's series with the area's population, and the area's trend projected to its farthest target ahead.
 */
export function targetsFigures(rows: readonly TargetWithAreaRow[], series: readonly AreaSeriesRow[]): AreaFigure[] {
  const codes = [...new Set(rows.map((r) => r.area_code))];
  return codes.map((code) =>
    areaFigure(
      rows.filter((r) => r.area_code === code),
      series.filter((s) => s.area_code === code),
    ),
  );
}

/** A row of an area chart's data table: a year's March figure, trend projection and target. */
export interface AreaTableRow {
  year: number;
  observed: number | null;
  trend: number | null;
  low: number | null;
  high: number | null;
  target: TargetFigure | null;
}

/** The data behind an area chart, one row per year shown. */
export function areaTableRows(area: AreaFigure): AreaTableRow[] {
  const years = [
    ...new Set([
      ...area.march.map((o) => o.year),
      ...area.projection.map((p) => p.year),
      ...area.targets.map((t) => t.row.target_year),
    ]),
  ].sort((a, b) => a - b);
  return years.map((year) => {
    const p = area.projection.find((q) => q.year === year);
    return {
      year,
      observed: area.march.find((o) => o.year === year)?.ratePct ?? null,
      trend: p?.valuePct ?? null,
      low: p?.lowPct ?? null,
      high: p?.highPct ?? null,
      target: area.targets.find((t) => t.row.target_year === year) ?? null,
    };
  });
}
