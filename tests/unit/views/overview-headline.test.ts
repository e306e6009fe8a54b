import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbConnection } from '../../../src/data/connection.ts';
import { areaTargetsSql, type TargetRow } from '../../../src/queries/area-targets.ts';
import { povertySeriesSql, type SeriesRow } from '../../../src/queries/poverty-series.ts';
import { overviewFigures } from '../../../src/views/overview/overview-figures.ts';
import { overviewHeadline } from '../../../src/views/overview/overview-headline.ts';
import { BUNDLED, openEngineWith } from '../helpers/engine.ts';

let conn: DbConnection;
let rows: SeriesRow[];
let targets: TargetRow[];

beforeAll(async () => {
  conn = await openEngineWith(BUNDLED);
  rows = await conn.query<SeriesRow>(povertySeriesSql({ areaCode: '64' }));
  targets = await conn.query<TargetRow>(areaTargetsSql('64'));
});
afterAll(async () => {
  await conn.close();
});

const march = (year: number, rate: number): SeriesRow => ({
  year,
  period: 'mar',
  rate_pct: rate,
  poor_thousands: null,
  publisher: null,
  release_title: null,
  release_date: null,
  release_url: null,
  read_in: null,
  source: 'test',
});
const target = (
  year: number,
  pct: number | null,
  low: number | null = null,
  high: number | null = null,
): TargetRow => ({
  area_code: '64',
  target_year: year,
  target_pct: pct,
  target_low_pct: low,
  target_high_pct: high,
  kind: 'test',
  document: 'test',
  publisher: null,
  published: null,
  caveat_id: null,
  caveat_en: null,
  source: 'test',
});
const both = (series: SeriesRow[], goals: TargetRow[]) =>
  ['id', 'en'].map((lang) => overviewHeadline(overviewFigures(series, goals), lang as 'id' | 'en'));

describe('overviewHeadline on the bundled province data', () => {
  it('5.17% in March 2025; 3% in 2026 needs 2.17 points in a year, faster than the 0.47 a year since March 2023', () => {
    const f = overviewFigures(rows, targets);
    expect(overviewHeadline(f, 'id')).toBe(
      'Kemiskinan Kaltim 5,17% (Maret 2025); mencapai 3% pada 2026 butuh turun 2,17 poin dalam 1 tahun, lebih cepat dari laju Maret 2023–2025 yang turun 0,47 poin per tahun',
    );
    expect(overviewHeadline(f, 'en')).toBe(
      'Poverty in East Kalimantan was 5.17% in March 2025; reaching 3% by 2026 needs a fall of 2.17 points in 1 year, faster than the March 2023–2025 pace of 0.47 points a year',
    );
  });

  it('without targets: the latest March and its change since March 2023', () => {
    expect(both(rows, [])).toEqual([
      'Kemiskinan Kaltim 5,17% (Maret 2025), turun 0,94 poin dari 6,11% (Maret 2023)',
      'Poverty in East Kalimantan was 5.17% in March 2025, down 0.94 points from 6.11% in March 2023',
    ]);
  });
});

describe('overviewHeadline on fixture series', () => {
  it('a target several years ahead: the fall per year too, and a recent pace already fast enough', () => {
    expect(both([march(2023, 6), march(2025, 5)], [target(2029, null, 2.3, 3.3)])).toEqual([
      'Kemiskinan Kaltim 5,00% (Maret 2025); mencapai 3,3% pada 2029 butuh turun 1,70 poin dalam 4 tahun (0,43 poin per tahun), laju yang sudah tercapai pada Maret 2023–2025 (turun 0,50 poin per tahun)',
      'Poverty in East Kalimantan was 5.00% in March 2025; reaching 3.3% by 2029 needs a fall of 1.70 points in 4 years (0.43 points a year), a pace already reached in March 2023–2025 (a fall of 0.50 points a year)',
    ]);
  });

  it('a rising recent pace', () => {
    expect(both([march(2023, 5), march(2025, 5.4)], [target(2026, 3)])).toEqual([
      'Kemiskinan Kaltim 5,40% (Maret 2025); mencapai 3% pada 2026 butuh turun 2,40 poin dalam 1 tahun, padahal pada Maret 2023–2025 angkanya naik 0,20 poin per tahun',
      'Poverty in East Kalimantan was 5.40% in March 2025; reaching 3% by 2026 needs a fall of 2.40 points in 1 year, while in March 2023–2025 it rose 0.20 points a year',
    ]);
  });

  it('an unchanged recent rate', () => {
    expect(both([march(2023, 5.2), march(2025, 5.2)], [target(2026, 3)])).toEqual([
      'Kemiskinan Kaltim 5,20% (Maret 2025); mencapai 3% pada 2026 butuh turun 2,20 poin dalam 1 tahun, padahal pada Maret 2023–2025 angkanya tidak berubah',
      'Poverty in East Kalimantan was 5.20% in March 2025; reaching 3% by 2026 needs a fall of 2.20 points in 1 year, while in March 2023–2025 it did not change',
    ]);
  });

  it('a target already met', () => {
    expect(both([march(2024, 3.4), march(2025, 2.9)], [target(2026, 3)])).toEqual([
      'Kemiskinan Kaltim 2,90% (Maret 2025), sudah mencapai target 3% untuk 2026',
      'Poverty in East Kalimantan was 2.90% in March 2025, already meeting the 3% target for 2026',
    ]);
  });

  it('no target: a rise, and no change', () => {
    expect(both([march(2023, 5), march(2024, 5.1), march(2025, 5.25)], [])).toEqual([
      'Kemiskinan Kaltim 5,25% (Maret 2025), naik 0,25 poin dari 5,00% (Maret 2023)',
      'Poverty in East Kalimantan was 5.25% in March 2025, up 0.25 points from 5.00% in March 2023',
    ]);
    expect(both([march(2023, 5), march(2025, 5)], [])).toEqual([
      'Kemiskinan Kaltim 5,00% (Maret 2025), sama dengan Maret 2023',
      'Poverty in East Kalimantan was 5.00% in March 2025, the same as in March 2023',
    ]);
  });

  it('one March figure: the rate alone, or the need without a pace', () => {
    expect(both([march(2025, 5.17)], [])).toEqual([
      'Kemiskinan Kaltim 5,17% (Maret 2025)',
      'Poverty in East Kalimantan was 5.17% in March 2025',
    ]);
    expect(both([march(2025, 5.17)], [target(2026, 3)])).toEqual([
      'Kemiskinan Kaltim 5,17% (Maret 2025); mencapai 3% pada 2026 butuh turun 2,17 poin dalam 1 tahun',
      'Poverty in East Kalimantan was 5.17% in March 2025; reaching 3% by 2026 needs a fall of 2.17 points in 1 year',
    ]);
  });

  it('no data', () => {
    expect(both([], [])).toEqual([
      'Belum ada angka Maret kemiskinan Kaltim',
      'No March poverty figure for East Kalimantan yet',
    ]);
  });
});
