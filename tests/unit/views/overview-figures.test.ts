import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbConnection } from '../../../src/data/connection.ts';
import { areaTargetsSql, type TargetRow } from '../../../src/queries/area-targets.ts';
import { povertySeriesSql, type SeriesRow } from '../../../src/queries/poverty-series.ts';
import { nationalSeriesSql, type NationalRow } from '../../../src/queries/national-series.ts';
import { overviewFigures, type OverviewFigures } from '../../../src/views/overview/overview-figures.ts';
import { BUNDLED, openEngineWith } from '../helpers/engine.ts';

let conn: DbConnection;
let rows: SeriesRow[];
let targets: TargetRow[];
let national: NationalRow[];
let f: OverviewFigures;

beforeAll(async () => {
  conn = await openEngineWith(BUNDLED);
  rows = await conn.query<SeriesRow>(povertySeriesSql({ areaCode: '64' }));
  targets = await conn.query<TargetRow>(areaTargetsSql('64'));
  national = await conn.query<NationalRow>(nationalSeriesSql());
  f = overviewFigures(rows, targets, national)!;
});
afterAll(async () => {
  await conn.close();
});

describe('overviewFigures on the bundled province series', () => {
  it('starts from the latest March: 5.17 in 2025', () => {
    expect(f.start).toEqual({ year: 2025, period: 'mar', ratePct: 5.17, poorThousands: 199.71 });
  });

  it('the latest figure of all is September 2025, 5.19', () => {
    expect(f.latest).toMatchObject({ year: 2025, period: 'sep', ratePct: 5.19 });
  });

  it('aims at the next target: 3% in 2026', () => {
    expect(f.goal).toEqual({ year: 2026, goalPct: 3, lowPct: null, highPct: null });
  });

  it('required: -2.17 points over 1 year', () => {
    expect(f.required).toMatchObject({ fromYear: 2025, toYear: 2026, fromPct: 5.17, toPct: 3, years: 1 });
    expect(f.required!.changePp).toBeCloseTo(-2.17, 10);
    expect(f.required!.ppPerYear).toBeCloseTo(-2.17, 10);
  });

  it('history: -0.47 points a year since March 2023', () => {
    expect(f.history).toMatchObject({ fromYear: 2023, toYear: 2025, fromPct: 6.11, toPct: 5.17, years: 2 });
    expect(f.history!.ppPerYear).toBeCloseTo(-0.47, 10);
  });

  it('March 2015-2025 (11 points) and September without 2023 (10 points)', () => {
    expect(f.march).toHaveLength(11);
    expect(f.september).toHaveLength(10);
    expect(f.march[0]).toEqual({ x: 2015 + 2 / 12, y: 6.23 });
    expect(f.september.map((p) => Math.floor(p.x))).not.toContain(2023);
    expect(f.september.at(-1)).toEqual({ x: 2025 + 8 / 12, y: 5.19 });
  });

  it('the required path runs from March 2025 to March 2026', () => {
    expect(f.requiredPath).toEqual([
      { x: 2025 + 2 / 12, y: 5.17 },
      { x: 2026 + 2 / 12, y: 3 },
    ]);
  });

  it('domains cover 2015 to past the RPJMD 2029 range, and zero to above the highest rate (Indonesia 11.22% in March 2015)', () => {
    expect(f.xDomain).toEqual([2015, 2030]);
    expect(f.yDomain).toEqual([0, 12]);
  });

  it('the RPJMD range 2.3-3.3% for 2029 is a band after the next target', () => {
    expect(f.ranges.map((r) => [r.year, r.lowPct, r.highPct])).toEqual([[2029, 2.3, 3.3]]);
  });

  it('Indonesia as a reference: March and September 2015-2025, broken at the unpublished September 2023', () => {
    expect(f.national.map((run) => run.length)).toEqual([17, 4]);
    expect(f.nationalLatest).toMatchObject({ year: 2025, period: 'sep', ratePct: 8.25 });
  });

  it('lines never bridge a round that was not published: September breaks at 2023', () => {
    expect(f.marchRuns.map((run) => run.length)).toEqual([11]);
    expect(f.septemberRuns.map((run) => run.length)).toEqual([8, 2]);
  });

  it('without targets there is no goal, no required pace and no path', () => {
    const none = overviewFigures(rows, [])!;
    expect([none.goal, none.required, none.requiredPath]).toEqual([null, null, []]);
    expect(none.xDomain).toEqual([2015, 2026]);
  });

  it('without rows there is nothing to draw', () => {
    expect(overviewFigures([], targets)).toBeNull();
  });
});
