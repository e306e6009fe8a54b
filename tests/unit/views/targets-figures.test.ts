import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbConnection } from '../../../src/data/connection.ts';
import { areasSeriesSql, type AreaSeriesRow } from '../../../src/queries/areas-series.ts';
import { targetsWithAreasSql, type TargetWithAreaRow } from '../../../src/queries/targets-with-areas.ts';
import { upsertTargetSql } from '../../../src/queries/upsert-target.ts';
import { scenarioFigures, targetsAhead } from '../../../src/views/targets/scenario-figures.ts';
import { areaTableRows, targetsFigures, type AreaFigure } from '../../../src/views/targets/targets-figures.ts';
import type { ScenarioChoice } from '../../../src/state/url-state.svelte.ts';
import { BUNDLED, openEngineWith } from '../helpers/engine.ts';

let conn: DbConnection;
let targets: TargetWithAreaRow[];
let series: AreaSeriesRow[];
let areas: AreaFigure[];

const DEFAULT: ScenarioChoice = {
  area: '64',
  goal: null,
  mode: 'programme',
  fam: 1500,
  hh: 4,
  share: 50,
  pp: null,
  trend: 'on',
};
const kaltim = () => areas.find((a) => a.areaCode === '64')!;
const card = (code: string, year: number) =>
  areas.find((a) => a.areaCode === code)!.targets.find((t) => t.row.target_year === year)!;

beforeAll(async () => {
  conn = await openEngineWith(BUNDLED);
  targets = await conn.query<TargetWithAreaRow>(targetsWithAreasSql());
  series = await conn.query<AreaSeriesRow>(areasSeriesSql(['64', '6403', '6411']));
  areas = targetsFigures(targets, series);
});
afterAll(async () => conn.close());

describe('targetsFigures on the bundled data', () => {
  it('groups the targets by area, province first', () => {
    expect(areas.map((a) => [a.areaCode, a.targets.map((t) => t.row.target_year)])).toEqual([
      ['64', [2022, 2026, 2029]],
      ['6403', [2024, 2025]],
      ['6411', [2024]],
    ]);
  });

  it.each<[string, number, string, number | null]>([
    ['64', 2022, 'target-year-past', null],
    ['64', 2026, 'limited-progress', 0.47 / 2.17],
    ['64', 2029, 'on-track', 0.47 / 0.4675],
    ['6403', 2024, 'achieved', null],
    ['6403', 2025, 'achieved', null],
    ['6411', 2024, 'target-year-past', null],
  ])('%s %d: %s, R shown %s', (code, year, status, ratio) => {
    const t = card(code, year);
    expect(t.assessment.status).toBe(status);
    expect(t.showsRatio).toBe(ratio !== null);
    if (ratio !== null) expect(t.assessment.ratio).toBeCloseTo(ratio, 2);
  });

  it('judges past targets on their own March: Kaltim 6.31% in 2022, Mahakam Ulu 10.75% in 2024', () => {
    expect(card('64', 2022).judged).toMatchObject({ year: 2022, ratePct: 6.31 });
    expect(card('6411', 2024).judged).toMatchObject({ year: 2024, ratePct: 10.75 });
    expect(card('64', 2026).judged).toBeNull();
  });

  it('counts people with the areas table population (4,267.61 thousand), held constant', () => {
    expect(card('64', 2026).assessment.peopleNeededPerYear).toBeCloseTo(92.607, 3);
  });

  it('projects Kaltim to 2029, the farthest target ahead, and draws the range as a band', () => {
    const k = kaltim();
    expect(k.projection.map((p) => p.year)).toEqual([2025, 2026, 2027, 2028, 2029]);
    expect(k.chart.ranges).toHaveLength(1);
    expect(k.chart.ranges[0]!.band.map((b) => [b.y0, b.y1])).toEqual([
      [2.3, 3.3],
      [2.3, 3.3],
    ]);
    expect(k.chart.points.map((p) => [p.year, p.y, p.above])).toEqual([
      [2022, 6.15, false],
      [2026, 3, false],
    ]);
    expect(areas[1]!.projection).toEqual([]);
  });

  it('labels a target above the line where it sits above that March', () => {
    expect(areas[1]!.chart.points.map((p) => [p.year, p.above])).toEqual([
      [2024, true],
      [2025, true],
    ]);
  });

  it('lists every year in the data table with the trend band where projected', () => {
    const rows = areaTableRows(kaltim());
    expect(rows.at(-1)).toMatchObject({ year: 2029, observed: null });
    expect(rows.find((r) => r.year === 2025)).toMatchObject({ observed: 5.17 });
    expect(rows.find((r) => r.year === 2026)!.low).not.toBeNull();
  });
});

describe('scenarioFigures for Kaltim, 3% in 2026', () => {
  it('1,500 families x 4 x 50% on top of the recent 0.47 a year: 4.63% in 2026, missing the target', () => {
    const f = scenarioFigures(kaltim(), DEFAULT)!;
    expect(f.goal).toMatchObject({ year: 2026, goalPct: 3 });
    expect(f.assumption.recentPp).toBeCloseTo(0.47, 9);
    expect(f.assumption.programmePp).toBeCloseTo(0.0703, 4);
    expect(f.valueAtGoal).toBeCloseTo(4.63, 2);
    expect(f.reaches).toBe(false);
    expect(f.needs?.required.ppPerYear).toBeCloseTo(2.17, 9);
    expect(f.needs?.programmePp).toBeCloseTo(1.7, 9);
    expect(f.needs?.householdsAtShare).toBe(36275);
    expect(f.needs?.householdsAtFullShare).toBe(18138);
    expect(f.needs?.shareAtHouseholds).toBeGreaterThan(1);
  });

  it('without the recent pace the programme alone must bring all 2.17 points', () => {
    const f = scenarioFigures(kaltim(), { ...DEFAULT, trend: 'off' })!;
    expect(f.valueAtGoal).toBeCloseTo(5.17 - 0.0703, 4);
    expect(f.needs?.householdsAtShare).toBe(46304);
  });

  it.each<[Partial<ScenarioChoice>, number, boolean]>([
    [{ mode: 'points' }, 4.7, false],
    [{ mode: 'points', pp: 2.17 }, 3, true],
    [{ mode: 'points', pp: 0 }, 5.17, false],
    [{ mode: 'points', pp: -0.5 }, 5.67, false],
    [{ fam: 20000 }, 3.76, false],
    [{ fam: 40000 }, 2.83, true],
    [{ fam: 36275 }, 3, true],
  ])('%j -> %d in 2026 (reaches: %s)', (patch, value, reaches) => {
    const f = scenarioFigures(kaltim(), { ...DEFAULT, ...patch })!;
    expect(f.valueAtGoal).toBeCloseTo(value, 2);
    expect(f.reaches).toBe(reaches);
    expect(f.chart.scenario.at(-1)!.y).toBeCloseTo(value, 2);
  });

  it('plans for the 2029 range at its near edge (3.3%) when chosen', () => {
    const f = scenarioFigures(kaltim(), { ...DEFAULT, goal: 2029 })!;
    expect(f.goal.goalPct).toBe(3.3);
    expect(f.path.map((p) => p.year)).toEqual([2025, 2026, 2027, 2028, 2029]);
    expect(f.chart.range).toHaveLength(2);
  });

  it('falls back to the nearest target ahead for an unknown goal year', () => {
    expect(scenarioFigures(kaltim(), { ...DEFAULT, goal: 2022 })!.goal.year).toBe(2026);
  });

  it('has nothing to plan for an area without a target ahead', () => {
    const kukar = areas.find((a) => a.areaCode === '6403')!;
    expect(targetsAhead(kukar)).toEqual([]);
    expect(scenarioFigures(kukar, { ...DEFAULT, area: '6403' })).toBeNull();
  });
});

describe('an entered target flows into the figures', () => {
  it('Kukar 6.5% in 2027: marked as entered by the user, plannable', async () => {
    await conn.exec(
      upsertTargetSql({ areaCode: '6403', year: 2027, valuePct: 6.5, lowPct: null, highPct: null, document: 'test' }),
    );
    const rows = await conn.query<TargetWithAreaRow>(targetsWithAreasSql());
    const kukar = targetsFigures(rows, series).find((a) => a.areaCode === '6403')!;
    const entered = kukar.targets.find((t) => t.row.target_year === 2027)!;
    expect(entered.userEntered).toBe(true);
    expect(kukar.targets.filter((t) => t.userEntered)).toHaveLength(1);
    expect(scenarioFigures(kukar, { ...DEFAULT, area: '6403' })?.goal.year).toBe(2027);
  });
});
