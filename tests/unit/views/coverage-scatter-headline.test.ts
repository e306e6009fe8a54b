import { describe, expect, it } from 'vitest';
import { correlation } from '../../../src/domain/correlation.ts';
import { areaPlacesSql, type AreaPlaceRow } from '../../../src/queries/area-places.ts';
import { coverageVsChangeSql, type CoverageVsChangeRow } from '../../../src/queries/coverage-vs-change.ts';
import {
  districtCoverageSql,
  programmeCoverageSql,
  type DistrictCoverageRow,
  type ProgrammeCoverageRow,
} from '../../../src/queries/programme-coverage.ts';
import { coverageFigures, type ScatterPoint } from '../../../src/views/coverage/coverage-figures.ts';
import { coverageScatterHeadline } from '../../../src/views/coverage/coverage-scatter-headline.ts';
import { programmeOptions } from '../../../src/views/coverage/view-model.svelte.ts';
import { BUNDLED, openEngineWith, sharedEngine } from '../helpers/engine.ts';

type Conn = ReturnType<typeof sharedEngine>;

/** The headline's input from real query results, as the view model builds it. */
async function input(conn: Conn, year: number, programme: string, baseYear = 2023) {
  const params = { year, householdSize: 4 };
  const [places, rows, totals, change] = await Promise.all([
    conn.query<AreaPlaceRow>(areaPlacesSql()),
    conn.query<ProgrammeCoverageRow>(programmeCoverageSql(params)),
    conn.query<DistrictCoverageRow>(districtCoverageSql(params)),
    conn.query<CoverageVsChangeRow>(coverageVsChangeSql({ ...params, baseYear })),
  ]);
  return {
    year,
    programme,
    programmes: programmeOptions(rows),
    baseYear,
    figures: coverageFigures(places, rows, totals, change, programme),
  };
}

describe('coverageScatterHeadline on the bundled (illustrative) coverage and BPS poverty', () => {
  const conn = sharedEngine(() => openEngineWith(BUNDLED));

  it('the view as it opens (all programmes, 2025, since 2023): weak, negative, every rate fell', async () => {
    const d = await input(conn, 2025, 'all');
    expect(coverageScatterHeadline(d, 'id')).toBe(
      'Di 9 kabupaten/kota, cakupan semua program 2025 yang lebih tinggi berkorelasi lemah dengan penurunan kemiskinan yang lebih besar 2023–2025 (r = −0,24) — korelasi, bukan sebab-akibat',
    );
    expect(coverageScatterHeadline(d, 'en')).toBe(
      'Across 9 districts, higher coverage of all programmes in 2025 was weakly linked to larger falls in poverty from 2023 to 2025 (r = −0.24) — correlation, not cause',
    );
  });

  it('PKH, 2025: |r| under 0.1 reads as barely related', async () => {
    const d = await input(conn, 2025, 'pkh');
    expect(coverageScatterHeadline(d, 'id')).toBe(
      'Di 9 kabupaten/kota, cakupan Program Keluarga Harapan (PKH) 2025 dan perubahan tingkat kemiskinan 2023–2025 hampir tidak berkaitan (r = −0,09) — korelasi, bukan sebab-akibat',
    );
    expect(coverageScatterHeadline(d, 'en')).toBe(
      'Across 9 districts, coverage of Family Hope Programme (PKH), conditional cash transfer in 2025 and the change in poverty rates from 2023 to 2025 were barely related (r = −0.09) — correlation, not cause',
    );
  });

  it('Sembako, 2024: moderate', async () => {
    const d = await input(conn, 2024, 'sembako');
    expect(coverageScatterHeadline(d, 'id')).toBe(
      'Di 9 kabupaten/kota, cakupan Program Sembako (Bantuan Pangan Non-Tunai) 2024 yang lebih tinggi berkorelasi sedang dengan penurunan kemiskinan yang lebih besar 2023–2024 (r = −0,39) — korelasi, bukan sebab-akibat',
    );
  });
});

describe('coverageScatterHeadline on the fixture coverage', () => {
  const conn = sharedEngine(() =>
    openEngineWith({
      areas: 'datasets/areas.parquet',
      poverty: 'datasets/poverty.parquet',
      programme_kinds: 'tests/fixtures/programme_kinds.csv',
      coverage: 'tests/fixtures/coverage.csv',
    }),
  );

  it('too few districts with both figures: no r, and it says why', async () => {
    const d = await input(conn, 2025, 'kukar_perlindungan');
    expect(d.figures.correlation).toEqual({ r: null, n: 1 });
    expect(coverageScatterHeadline(d, 'id')).toBe(
      'Keterkaitan cakupan Perlindungan sosial (bantuan tunai) 2025 dengan perubahan tingkat kemiskinan 2023–2025 tidak dapat diukur: hanya 1 dari 10 kabupaten/kota punya kedua angka',
    );
    expect(coverageScatterHeadline(d, 'en')).toBe(
      'The link between coverage of Social protection cash transfer in 2025 and the change in poverty rates from 2023 to 2025 cannot be measured: both figures exist for only 1 of 10 districts',
    );
  });
});

describe('coverageScatterHeadline on hand-made points', () => {
  const programmes = [{ id: 'pkh', nameId: 'PKH', nameEn: 'PKH', unit: 'household' }];
  const point = (x: number, y: number, latestYear: number | null = 2025): ScatterPoint => ({
    code: `${x}`,
    label: `${x}`,
    x,
    y,
    latestYear,
    sourced: false,
  });
  const headline = (points: ScatterPoint[], lang: 'id' | 'en' = 'id') =>
    coverageScatterHeadline(
      {
        year: 2025,
        programme: 'pkh',
        programmes,
        baseYear: 2023,
        figures: { points, values: Array(10), correlation: correlation(points.map((p) => [p.x, p.y])) },
      },
      lang,
    );

  it('rates that rose, rising with coverage: strong, positive, larger rises', () => {
    const points = [point(10, 0.1), point(20, 0.3), point(30, 0.4), point(40, 0.7)];
    expect(headline(points)).toBe(
      'Di 4 kabupaten/kota, cakupan PKH 2025 yang lebih tinggi berkorelasi kuat dengan kenaikan kemiskinan yang lebih besar 2023–2025 (r = 0,98) — korelasi, bukan sebab-akibat',
    );
    expect(headline(points, 'en')).toBe(
      'Across 4 districts, higher coverage of PKH in 2025 was strongly linked to larger rises in poverty from 2023 to 2025 (r = 0.98) — correlation, not cause',
    );
  });

  it('rates that rose, less where coverage is higher: smaller rises', () => {
    const points = [point(10, 0.7), point(20, 0.3), point(30, 0.4), point(40, 0.1)];
    expect(headline(points)).toBe(
      'Di 4 kabupaten/kota, cakupan PKH 2025 yang lebih tinggi berkorelasi kuat dengan kenaikan kemiskinan yang lebih kecil 2023–2025 (r = −0,88) — korelasi, bukan sebab-akibat',
    );
    expect(headline(points, 'en')).toBe(
      'Across 4 districts, higher coverage of PKH in 2025 was strongly linked to smaller rises in poverty from 2023 to 2025 (r = −0.88) — correlation, not cause',
    );
  });

  it('rates that fell, less where coverage is higher: smaller falls', () => {
    const points = [point(10, -0.7), point(20, -0.3), point(30, -0.4), point(40, -0.1)];
    expect(headline(points)).toBe(
      'Di 4 kabupaten/kota, cakupan PKH 2025 yang lebih tinggi berkorelasi kuat dengan penurunan kemiskinan yang lebih kecil 2023–2025 (r = 0,88) — korelasi, bukan sebab-akibat',
    );
    expect(headline(points, 'en')).toBe(
      'Across 4 districts, higher coverage of PKH in 2025 was strongly linked to smaller falls in poverty from 2023 to 2025 (r = 0.88) — correlation, not cause',
    );
  });

  it('some rose, some fell (and some unchanged): the wording covers both', () => {
    const up = [point(10, 0.3), point(20, -0.3), point(30, 0), point(40, -0.5)];
    expect(headline(up)).toBe(
      'Di 4 kabupaten/kota, cakupan PKH 2025 yang lebih tinggi berkorelasi kuat dengan kemiskinan yang turun lebih banyak atau naik lebih sedikit 2023–2025 (r = −0,77) — korelasi, bukan sebab-akibat',
    );
    expect(headline(up, 'en')).toBe(
      'Across 4 districts, higher coverage of PKH in 2025 was strongly linked to poverty falling more or rising less from 2023 to 2025 (r = −0.77) — correlation, not cause',
    );
    const down = [point(10, -0.3), point(20, 0.3), point(30, 0), point(40, 0.5)];
    expect(headline(down)).toBe(
      'Di 4 kabupaten/kota, cakupan PKH 2025 yang lebih tinggi berkorelasi kuat dengan kemiskinan yang turun lebih sedikit atau naik lebih banyak 2023–2025 (r = 0,77) — korelasi, bukan sebab-akibat',
    );
    expect(headline(down, 'en')).toBe(
      'Across 4 districts, higher coverage of PKH in 2025 was strongly linked to poverty falling less or rising more from 2023 to 2025 (r = 0.77) — correlation, not cause',
    );
  });

  it('changes that run to different years: "since" the base year', () => {
    const points = [point(10, -0.1, 2024), point(20, -0.3), point(30, -0.4), point(40, -0.7)];
    expect(headline(points)).toBe(
      'Di 4 kabupaten/kota, cakupan PKH 2025 yang lebih tinggi berkorelasi kuat dengan penurunan kemiskinan yang lebih besar sejak 2023 (r = −0,98) — korelasi, bukan sebab-akibat',
    );
    expect(headline(points, 'en')).toBe(
      'Across 4 districts, higher coverage of PKH in 2025 was strongly linked to larger falls in poverty since 2023 (r = −0.98) — correlation, not cause',
    );
  });

  it('every rate unchanged: no r, and it says one side does not vary', () => {
    const points = [point(10, 0), point(20, 0), point(30, 0)];
    expect(headline(points)).toBe(
      'Keterkaitan cakupan PKH 2025 dengan perubahan tingkat kemiskinan 2023–2025 tidak dapat diukur: salah satunya sama di semua 3 kabupaten/kota',
    );
    expect(headline(points, 'en')).toBe(
      'The link between coverage of PKH in 2025 and the change in poverty rates from 2023 to 2025 cannot be measured: one of them is the same in all 3 districts',
    );
  });

  it('no district with both figures', () => {
    expect(headline([], 'en')).toBe(
      'The link between coverage of PKH in 2025 and the change in poverty rates since 2023 cannot be measured: both figures exist for only 0 of 10 districts',
    );
  });
});
