import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbConnection } from '../../../src/data/connection.ts';
import { areaTargetsSql, type TargetRow } from '../../../src/queries/area-targets.ts';
import { povertySeriesSql, type SeriesRow } from '../../../src/queries/poverty-series.ts';
import { pageFigures, type PageFigures } from '../../../src/views/district/page-figures.ts';
import { BUNDLED, openEngineWith } from '../helpers/engine.ts';

let conn: DbConnection;
let rows: SeriesRow[];
let f: PageFigures;
let province: SeriesRow[];

beforeAll(async () => {
  conn = await openEngineWith(BUNDLED);
  rows = await conn.query<SeriesRow>(povertySeriesSql({ areaCode: '6403', period: 'mar' }));
  const targets = await conn.query<TargetRow>(areaTargetsSql('6403'));
  province = await conn.query<SeriesRow>(povertySeriesSql({ areaCode: '64', period: 'mar' }));
  f = pageFigures(rows, targets, province)!;
});
afterAll(async () => {
  await conn.close();
});

describe('pageFigures on the bundled Kukar series', () => {
  it('people in poverty 2023 -> 2024: 60,857 -> 59,000, a fall of 1,857', () => {
    expect(f.people).toEqual({ fromYear: 2023, toYear: 2024, fromPeople: 60857, toPeople: 59000, changePeople: -1857 });
  });

  it('latest March: 6.72 in 2025', () => {
    expect(f.latest).toMatchObject({ year: 2025, period: 'mar', ratePct: 6.72 });
  });

  it('the March series: 7.61 (2023) -> 7.28 (2024) -> 6.72 (2025)', () => {
    expect(f.march.slice(-3).map((o) => [o.year, o.ratePct])).toEqual([
      [2023, 7.61],
      [2024, 7.28],
      [2025, 6.72],
    ]);
    expect(f.march.map((o) => o.year)).toEqual([2012, 2016, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(f.points.at(-1)).toEqual({ x: 2025 + 2 / 12, y: 6.72 });
  });

  it('gaps stay gaps: the line runs 2012 | 2016 | 2020-2025, never straight across missing years', () => {
    expect(f.runs.map((run) => run.map((p) => Math.floor(p.x)))).toEqual([
      [2012],
      [2016],
      [2020, 2021, 2022, 2023, 2024, 2025],
    ]);
  });

  it("the province line is drawn over Kukar's own years only, March 2015 to 2025", () => {
    expect(f.province.flat().map((p) => Math.floor(p.x))).toEqual([
      2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025,
    ]);
  });

  it('the stated targets: 7.5 in 2024, 7 in 2025', () => {
    expect(f.goals.map((g) => [g.year, g.goalPct])).toEqual([
      [2024, 7.5],
      [2025, 7],
    ]);
  });

  it('domains: 2012 to 2026, zero to above the highest rate (7.99)', () => {
    expect(f.xDomain).toEqual([2012, 2026]);
    expect(f.yDomain).toEqual([0, 9]);
  });

  it('no people change without two consecutive counts; nothing without rows', () => {
    const latestOnly = rows.filter((r) => r.year === 2024 || r.year === 2025);
    expect(pageFigures(latestOnly, [])!.people).toBeNull();
    expect(pageFigures([], [])).toBeNull();
  });
});
