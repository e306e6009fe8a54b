import type { XBand, XY } from '../../charts/chart-types.ts';
import { periodTime } from '../../domain/period-time.ts';
import { programmePeople, programmePoints } from '../../domain/programme-effect.ts';
import { projectionPath } from '../../domain/projection-path.ts';
import { scenarioPath, scenarioRateAt } from '../../domain/scenario-path.ts';
import {
  householdsNeeded,
  leaveShareNeeded,
  peopleForPoints,
  requiredFall,
  type RequiredFall,
} from '../../domain/scenario-required.ts';
import { improvement, isAtOrBetter } from '../../domain/indicator.ts';
import type { RatePoint } from '../../domain/pace.ts';
import type { TargetGoal } from '../../domain/target-goal.ts';
import type { Observation } from '../../domain/types.ts';
import type { ScenarioChoice } from '../../state/url-state.svelte.ts';
import type { AreaFigure, TargetFigure } from './targets-figures.ts';

/** What the planner's assumption amounts to, in points a year and people. */
export interface ScenarioAssumption {
  /** The recent observed fall, points a year (baseline to latest March); negative when the rate rose. */
  recentPp: number | null;
  /** The programme's fall, points a year, and the people it takes out of poverty a year. */
  programmePp: number | null;
  programmePeople: number;
  /** The fall the scenario assumes, points a year. */
  fallPp: number;
}

/** What would reach the goal: the fall needed and what it means in people and households. */
export interface ScenarioNeeds {
  required: RequiredFall;
  peoplePerYear: number;
  /** The part the programme must bring (after the recent pace, when it is counted). */
  programmePp: number;
  householdsAtShare: number | null;
  /** Households needed even if every one of them left poverty: the least scale that could work. */
  householdsAtFullShare: number | null;
  shareAtHouseholds: number | null;
}

/** The planner's figures for an area and one of its targets ahead. */
export interface ScenarioFigures {
  area: AreaFigure;
  target: TargetFigure;
  goal: TargetGoal;
  start: Observation;
  assumption: ScenarioAssumption;
  path: RatePoint[];
  valueAtGoal: number;
  /** Points the scenario's value at the goal year still has to fall to reach the goal (zero or less when it does). */
  gapPp: number;
  reaches: boolean;
  needs: ScenarioNeeds | null;
  chart: ScenarioChart;
}

export interface ScenarioChart {
  observed: XY[];
  trend: XY[];
  band: XBand[];
  scenario: XY[];
  required: XY[];
  goal: XY;
  range: XBand[];
  xDomain: [number, number];
  yDomain: [number, number];
}

/** Years of history shown before the latest March, so the planner's years are not squeezed. */
const HISTORY_YEARS = 6;

/** The targets of an area the planner can aim at: those whose year is after the latest March. */
export function targetsAhead(area: AreaFigure): TargetFigure[] {
  const latestYear = area.march.at(-1)?.year;
  return latestYear === undefined
    ? []
    : area.targets.filter((t) => t.assessment.goal && t.row.target_year > latestYear);
}

/** The area the planner shows: the chosen one if it has targets, else the first (the province). */
export function plannerArea(areas: readonly AreaFigure[], code: string): AreaFigure | null {
  return areas.find((a) => a.areaCode === code) ?? areas[0] ?? null;
}

function assumption(choice: ScenarioChoice, target: TargetFigure, population: number): ScenarioAssumption {
  const pace = target.assessment.observedPace?.ppPerYear;
  const recentPp = pace === null || pace === undefined ? null : -pace;
  const reach = {
    households: choice.fam ?? 0,
    personsPerHousehold: choice.hh ?? 0,
    leaveShare: (choice.share ?? 0) / 100,
  };
  const programmePp = programmePoints(reach, population);
  const fromProgramme = (programmePp ?? 0) + (choice.trend === 'on' ? (recentPp ?? 0) : 0);
  const fallPp = choice.mode === 'points' ? (choice.pp ?? recentPp ?? 0) : fromProgramme;
  return { recentPp, programmePp, programmePeople: programmePeople(reach), fallPp };
}

function needs(
  choice: ScenarioChoice,
  start: Observation,
  goal: TargetGoal,
  a: ScenarioAssumption,
  population: number,
): ScenarioNeeds | null {
  const required = requiredFall(start, goal);
  if (!required) return null;
  const counted = choice.mode === 'programme' && choice.trend === 'on' ? (a.recentPp ?? 0) : 0;
  const programmePp = Math.max(0, required.ppPerYear - counted);
  const basis = { populationThousands: population, personsPerHousehold: choice.hh ?? 0 };
  return {
    required,
    peoplePerYear: peopleForPoints(required.ppPerYear, population),
    programmePp,
    householdsAtShare: householdsNeeded(programmePp, (choice.share ?? 0) / 100, basis),
    householdsAtFullShare: householdsNeeded(programmePp, 1, basis),
    shareAtHouseholds: leaveShareNeeded(programmePp, choice.fam ?? 0, basis),
  };
}

function chart(area: AreaFigure, start: Observation, goal: TargetGoal, path: RatePoint[]): ScenarioChart {
  const x = (year: number) => periodTime(year, 'mar');
  const trendPath = projectionPath(area.march, goal);
  const observed = area.march.filter((o) => o.year >= start.year - HISTORY_YEARS);
  const range =
    goal.lowPct !== null && goal.highPct !== null
      ? [-0.3, 0.3].map((d) => ({ x: x(goal.year) + d, y0: goal.lowPct!, y1: goal.highPct! }))
      : [];
  const values = [
    ...observed.map((o) => o.ratePct),
    ...path.map((p) => p.ratePct),
    ...trendPath.map((p) => p.highPct ?? p.valuePct),
    goal.highPct ?? goal.goalPct,
  ];
  return {
    observed: observed.map((o) => ({ x: x(o.year), y: o.ratePct })),
    trend: trendPath.map((p) => ({ x: x(p.year), y: p.valuePct })),
    band: trendPath.filter((p) => p.lowPct !== null).map((p) => ({ x: x(p.year), y0: p.lowPct!, y1: p.highPct! })),
    scenario: path.map((p) => ({ x: x(p.year), y: p.ratePct })),
    required: [
      { x: x(start.year), y: start.ratePct },
      { x: x(goal.year), y: goal.goalPct },
    ],
    goal: { x: x(goal.year), y: goal.goalPct },
    range,
    xDomain: [observed[0]?.year ?? start.year, goal.year + 1],
    yDomain: [0, Math.ceil(Math.max(...values) + 0.5)],
  };
}

/**
 * The planner for one area: the target chosen (or the nearest ahead), the path of the assumed yearly
 * fall from the latest March, whether it reaches the goal, and what would. Null without a target ahead.
 */
export function scenarioFigures(area: AreaFigure, choice: ScenarioChoice): ScenarioFigures | null {
  const ahead = targetsAhead(area);
  const target = ahead.find((t) => t.row.target_year === choice.goal) ?? ahead[0];
  const start = area.march.at(-1);
  const goal = target?.assessment.goal;
  if (!target || !start || !goal) return null;
  const a = assumption(choice, target, area.populationThousands);
  const path = scenarioPath(start, goal.year, a.fallPp);
  const valueAtGoal = scenarioRateAt(path, goal.year) ?? start.ratePct;
  return {
    area,
    target,
    goal,
    start,
    assumption: a,
    path,
    valueAtGoal,
    gapPp: improvement(valueAtGoal, goal.goalPct),
    reaches: isAtOrBetter(valueAtGoal, goal.goalPct),
    needs: needs(choice, start, goal, a, area.populationThousands),
    chart: chart(area, start, goal, path),
  };
}

/** A row of the planner chart's data table. */
export interface ScenarioTableRow {
  year: number;
  scenario: number | null;
  trend: number | null;
  required: number | null;
}

/** The data behind the planner chart: each year from the latest March to the target year. */
export function scenarioTableRows(f: ScenarioFigures): ScenarioTableRow[] {
  const trend = projectionPath(f.area.march, f.goal);
  const span = f.goal.year - f.start.year;
  return f.path.map((p) => ({
    year: p.year,
    scenario: p.ratePct,
    trend: trend.find((q) => q.year === p.year)?.valuePct ?? null,
    required: span > 0 ? f.start.ratePct + ((f.goal.goalPct - f.start.ratePct) * (p.year - f.start.year)) / span : null,
  }));
}
