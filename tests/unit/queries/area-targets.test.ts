import { describe, expect, it } from 'vitest';
import { areaTargetsSql, type TargetRow } from '../../../src/queries/area-targets.ts';
import { openEngineWith, sharedEngine } from '../helpers/engine.ts';

describe('areaTargetsSql', () => {
  it('poverty-rate targets by default', () => {
    expect(areaTargetsSql('64'))
      .toBe(`SELECT area_code, target_year, target_pct, target_low_pct, target_high_pct, kind, document, publisher, published, caveat_id, caveat_en, source
FROM targets
WHERE area_code = '64' AND indicator = 'poverty_rate'
ORDER BY target_year`);
  });

  it('another indicator, escaped', () => {
    expect(areaTargetsSql('64', "extreme'")).toContain(`WHERE area_code = '64' AND indicator = 'extreme'''`);
  });
});

describe('on DuckDB', () => {
  const conn = sharedEngine(() =>
    openEngineWith({ areas: 'tests/fixtures/areas.csv', targets: 'tests/fixtures/targets.csv' }),
  );

  it("the province's poverty-rate targets, by year, a range kept as a range", async () => {
    expect(await conn.query<TargetRow>(areaTargetsSql('64'))).toEqual([
      {
        area_code: '64',
        target_year: 2026,
        target_pct: 3,
        target_low_pct: null,
        target_high_pct: null,
        kind: 'stated goal',
        document: "Governor's goal",
        publisher: null,
        published: null,
        caveat_id: null,
        caveat_en: null,
        source: 'fixture T2',
      },
      {
        area_code: '64',
        target_year: 2029,
        target_pct: null,
        target_low_pct: 2.3,
        target_high_pct: 3.3,
        kind: 'plan range',
        document: 'RPJMD 2025-2029, a range',
        publisher: null,
        published: null,
        caveat_id: null,
        caveat_en: null,
        source: 'fixture T1',
      },
    ]);
  });

  it('another indicator', async () => {
    const rows = await conn.query<TargetRow>(areaTargetsSql('64', 'extreme_poverty_rate'));
    expect(rows.map((r) => [r.target_year, r.target_pct, r.source])).toEqual([[2024, 0, 'fixture T3']]);
  });

  it('Kukar, with a doubled quote read back', async () => {
    const rows = await conn.query<TargetRow>(areaTargetsSql('6403'));
    expect(rows.map((r) => [r.target_year, r.target_pct, r.document])).toEqual([[2025, 7, 'Bupati Kukar: "below 7%"']]);
    expect(typeof rows[0]!.target_year).toBe('number');
  });

  it('an area without targets', async () => {
    expect(await conn.query(areaTargetsSql('6471'))).toEqual([]);
  });
});
