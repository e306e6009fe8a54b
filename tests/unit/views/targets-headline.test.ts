import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbConnection } from '../../../src/data/connection.ts';
import { areasSeriesSql, type AreaSeriesRow } from '../../../src/queries/areas-series.ts';
import { targetsWithAreasSql, type TargetWithAreaRow } from '../../../src/queries/targets-with-areas.ts';
import { slideArea } from '../../../src/views/targets/slide-area.ts';
import { areaHeadline, headlineTarget } from '../../../src/views/targets/targets-headline.ts';
import { targetsFigures, type AreaFigure } from '../../../src/views/targets/targets-figures.ts';
import { BUNDLED, openEngineWith } from '../helpers/engine.ts';

/** A target row of a fictitious district "Uji" (population 100 thousand). */
function target(year: number, pct: number | null, range: [number, number] | null = null): TargetWithAreaRow {
  return {
    area_code: '6499',
    area_name: 'Kabupaten Uji',
    short_name: 'Uji',
    area_type: 'kabupaten',
    population_thousands: 100,
    target_year: year,
    target_pct: pct,
    target_low_pct: range?.[0] ?? null,
    target_high_pct: range?.[1] ?? null,
    kind: 'stated goal',
    document: 'fixture',
    publisher: null,
    published: null,
    caveat_id: null,
    caveat_en: null,
    source: 'fixture',
  };
}

/** March figures of "Uji", year -> rate. */
function march(rates: Record<number, number>): AreaSeriesRow[] {
  return Object.entries(rates).map(([year, rate]) => ({
    area_code: '6499',
    year: Number(year),
    period: 'mar',
    rate_pct: rate,
    poor_thousands: null,
    publisher: null,
    release_title: null,
    release_date: null,
    release_url: null,
    read_in: null,
    source: 'fixture',
  }));
}

const uji = (targets: TargetWithAreaRow[], rates: Record<number, number>): AreaFigure =>
  targetsFigures(targets, march(rates))[0]!;
const both = (area: AreaFigure) => [areaHeadline(area, 'id'), areaHeadline(area, 'en')];

describe('areaHeadline on the bundled data', () => {
  let conn: DbConnection;
  let areas: AreaFigure[];
  const area = (code: string) => areas.find((a) => a.areaCode === code)!;

  beforeAll(async () => {
    conn = await openEngineWith(BUNDLED);
    const targets = await conn.query<TargetWithAreaRow>(targetsWithAreasSql());
    const series = await conn.query<AreaSeriesRow>(areasSeriesSql(['64', '6403', '6411']));
    areas = targetsFigures(targets, series);
  });
  afterAll(async () => conn.close());

  it('Kaltim: the 2026 target ahead, limited progress, 2.17 points a year to go', () => {
    expect(headlineTarget(area('64'))?.row.target_year).toBe(2026);
    expect(both(area('64'))).toEqual([
      'Kaltim 5,17% (Maret 2025), target 3% pada 2026: belum di jalur, kemajuan terbatas — perlu turun 2,17 poin per tahun',
      'Kaltim 5.17% (March 2025), target 3% by 2026: off track, limited progress — needs to fall 2.17 points a year',
    ]);
  });

  it('Kukar: no target ahead, so the latest due (7% in 2025), met in the latest March', () => {
    expect(both(area('6403'))).toEqual([
      'Kukar 6,72% (Maret 2025), target 7% pada 2025: tercapai',
      'Kukar 6.72% (March 2025), target 7% for 2025: met',
    ]);
  });

  it('Mahulu: the 2024 target was missed, judged on March 2024', () => {
    expect(both(area('6411'))).toEqual([
      'Mahulu 10,09% (Maret 2025); target 9,83% pada 2024 tidak tercapai (10,75% pada Maret 2024)',
      'Mahulu 10.09% (March 2025); the 9.83% target for 2024 was missed (10.75% in March 2024)',
    ]);
  });

  it('a slide shows the area its variant names, else Kaltim', () => {
    expect(slideArea(areas, '6411')?.areaCode).toBe('6411');
    expect(slideArea(areas, undefined)?.areaCode).toBe('64');
    expect(slideArea(areas, '6402')?.areaCode).toBe('64');
    expect(slideArea([], '64')).toBeNull();
  });
});

describe('areaHeadline on fixtures', () => {
  it('a falling rate on pace: on track', () => {
    expect(both(uji([target(2027, 4)], { 2021: 11, 2023: 9, 2025: 6 }))).toEqual([
      'Uji 6,00% (Maret 2025), target 4% pada 2027: sesuai jalur — perlu turun 1,00 poin per tahun',
      'Uji 6.00% (March 2025), target 4% by 2027: on track — needs to fall 1.00 points a year',
    ]);
  });

  it('a falling rate too slow: acceleration needed', () => {
    expect(areaHeadline(uji([target(2027, 4)], { 2023: 7.5, 2025: 6 }), 'id')).toBe(
      'Uji 6,00% (Maret 2025), target 4% pada 2027: belum di jalur, perlu percepatan — perlu turun 1,00 poin per tahun',
    );
  });

  it('a rising rate: moving away from the target', () => {
    expect(both(uji([target(2027, 4)], { 2023: 5.5, 2025: 6 }))).toEqual([
      'Uji 6,00% (Maret 2025), target 4% pada 2027: menjauh dari target, angkanya naik — perlu turun 1,00 poin per tahun',
      'Uji 6.00% (March 2025), target 4% by 2027: moving away from it, the rate has risen — needs to fall 1.00 points a year',
    ]);
  });

  it('an unchanged rate: limited progress (R = 0)', () => {
    expect(areaHeadline(uji([target(2027, 4)], { 2023: 6, 2025: 6 }), 'en')).toBe(
      'Uji 6.00% (March 2025), target 4% by 2027: off track, limited progress — needs to fall 1.00 points a year',
    );
  });

  it('one March figure only: the pace cannot be judged, the fall needed is still stated', () => {
    expect(both(uji([target(2027, 4)], { 2025: 6 }))).toEqual([
      'Uji 6,00% (Maret 2025), target 4% pada 2027: laju belum dapat dinilai — perlu turun 1,00 poin per tahun',
      'Uji 6.00% (March 2025), target 4% by 2027: too few figures to judge the pace — needs to fall 1.00 points a year',
    ]);
  });

  it('a target ahead already met, and a range at its near edge', () => {
    expect(both(uji([target(2027, null, [2.3, 3.3])], { 2023: 3.5, 2025: 3.2 }))).toEqual([
      'Uji 3,20% (Maret 2025), target 2,3–3,3% pada 2027: sudah tercapai',
      'Uji 3.20% (March 2025), target 2.3–3.3% by 2027: already met',
    ]);
  });

  it('a target due in a year with no March figure is judged on the latest before it', () => {
    expect(areaHeadline(uji([target(2024, 5)], { 2022: 5.5, 2025: 4.8 }), 'id')).toBe(
      'Uji 4,80% (Maret 2025); target 5% pada 2024 tidak tercapai (5,50% pada Maret 2022)',
    );
    expect(areaHeadline(uji([target(2024, 6)], { 2022: 5.5, 2025: 4.8 }), 'en')).toBe(
      'Uji 4.80% (March 2025); the 6% target for 2024 was met (5.50% in March 2022)',
    );
  });

  it('missing data: no March figure before the target year, no March figure at all, no stated value', () => {
    expect(both(uji([target(2020, 5)], { 2023: 6, 2025: 5.5 }))).toEqual([
      'Uji 5,50% (Maret 2025); target 5% pada 2020 tidak dapat dinilai: tidak ada angka Maret sampai tahun itu',
      'Uji 5.50% (March 2025); the 5% target for 2020 cannot be judged: no March figure up to that year',
    ]);
    expect(both(uji([target(2027, 4)], {}))).toEqual([
      'Uji: belum ada angka Maret untuk menilai target 4% pada 2027',
      'Uji: no March figure yet to judge the 4% target for 2027',
    ]);
    expect(both(uji([target(2027, null)], { 2025: 6 }))).toEqual([
      'Uji 6,00% (Maret 2025): belum ada target',
      'Uji 6.00% (March 2025): no target yet',
    ]);
    expect(areaHeadline(uji([target(2027, null)], {}), 'id')).toBe('Uji: belum ada angka Maret maupun target');
  });
});
