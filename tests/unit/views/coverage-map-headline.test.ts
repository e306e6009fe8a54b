import { describe, expect, it } from 'vitest';
import { areaPlacesSql, type AreaPlaceRow } from '../../../src/queries/area-places.ts';
import { coverageVsChangeSql, type CoverageVsChangeRow } from '../../../src/queries/coverage-vs-change.ts';
import {
  districtCoverageSql,
  programmeCoverageSql,
  type DistrictCoverageRow,
  type ProgrammeCoverageRow,
} from '../../../src/queries/programme-coverage.ts';
import type { DistrictValue } from '../../../src/views/coverage/coverage-figures.ts';
import { coverageFigures } from '../../../src/views/coverage/coverage-figures.ts';
import { coverageMapHeadline } from '../../../src/views/coverage/coverage-map-headline.ts';
import { programmeOptions } from '../../../src/views/coverage/view-model.svelte.ts';
import { BUNDLED, openEngineWith, sharedEngine } from '../helpers/engine.ts';

type Conn = ReturnType<typeof sharedEngine>;

/** The headline's input from real query results, as the view model builds it. */
async function input(conn: Conn, year: number, programme: string) {
  const params = { year, householdSize: 4 };
  const [places, rows, totals, change] = await Promise.all([
    conn.query<AreaPlaceRow>(areaPlacesSql()),
    conn.query<ProgrammeCoverageRow>(programmeCoverageSql(params)),
    conn.query<DistrictCoverageRow>(districtCoverageSql(params)),
    conn.query<CoverageVsChangeRow>(coverageVsChangeSql({ ...params, baseYear: 2023 })),
  ]);
  return {
    year,
    programme,
    programmes: programmeOptions(rows),
    figures: coverageFigures(places, rows, totals, change, programme),
  };
}

describe('coverageMapHeadline on the fixture coverage and the bundled poverty', () => {
  const conn = sharedEngine(() =>
    openEngineWith({
      areas: 'datasets/areas.parquet',
      poverty: 'datasets/poverty.parquet',
      programme_kinds: 'tests/fixtures/programme_kinds.csv',
      coverage: 'tests/fixtures/coverage.csv',
    }),
  );

  it('all programmes, 2026: highest and lowest, and the districts without any', async () => {
    const d = await input(conn, 2026, 'all');
    expect(coverageMapHeadline(d, 'id')).toBe(
      'Cakupan semua program 2026 tertinggi di Bontang (169 per 100 penduduk miskin) dan terendah di Samarinda (0,7 per 100); 5 kabupaten/kota tanpa program',
    );
    expect(coverageMapHeadline(d, 'en')).toBe(
      'In 2026, coverage of all programmes was highest in Bontang (169 per 100 people in poverty) and lowest in Samarinda (0.7 per 100); 5 districts had none',
    );
  });

  it('one programme in one district: says it is the only one', async () => {
    const d = await input(conn, 2025, 'kukar_perlindungan');
    expect(coverageMapHeadline(d, 'id')).toBe(
      'Cakupan Perlindungan sosial (bantuan tunai) 2025 hanya ada di Kutai Kartanegara: 8,5 per 100 penduduk miskin',
    );
    expect(coverageMapHeadline(d, 'en')).toBe(
      'In 2025, only Kutai Kartanegara had coverage of Social protection cash transfer: 8.5 per 100 people in poverty',
    );
  });
});

describe('coverageMapHeadline on the bundled coverage (sourced and illustrative rows)', () => {
  const conn = sharedEngine(() => openEngineWith(BUNDLED));

  it('the view as it opens: all programmes, 2025', async () => {
    const d = await input(conn, 2025, 'all');
    expect(coverageMapHeadline(d, 'id')).toBe(
      'Cakupan semua program 2025 tertinggi di Kutai Kartanegara (108 per 100 penduduk miskin) dan terendah di Kutai Barat (49 per 100)',
    );
    expect(coverageMapHeadline(d, 'en')).toBe(
      'In 2025, coverage of all programmes was highest in Kutai Kartanegara (108 per 100 people in poverty) and lowest in Kutai Barat (49 per 100)',
    );
  });

  it('BLT Dana Desa 2023: the seven kabupaten, and the three kota named as not applicable, not as without the programme', async () => {
    const d = await input(conn, 2023, 'blt_dana_desa');
    expect(d.figures.values.filter((v) => !v.applies).map((v) => v.shortName)).toEqual([
      'Balikpapan',
      'Samarinda',
      'Bontang',
    ]);
    expect(
      d.figures.values.filter((v) => v.applies).every((v) => v.provenance === 'sourced' && v.per100 !== null),
    ).toBe(true);
    expect(coverageMapHeadline(d, 'id')).toMatch(/; tidak berlaku di Balikpapan, Samarinda dan Bontang$/);
    expect(coverageMapHeadline(d, 'id')).not.toMatch(/tanpa program/);
    expect(coverageMapHeadline(d, 'en')).toMatch(/; not applicable in Balikpapan, Samarinda and Bontang$/);
  });
});

describe('coverageMapHeadline on hand-made values', () => {
  const value = (name: string, per100: number | null): DistrictValue => ({
    code: name,
    name,
    shortName: name,
    applies: true,
    provenance: per100 === null ? null : 'illustrative',
    sources: [],
    per100,
    peopleReached: null,
    poorPeople: null,
    poorYear: null,
    changePp: null,
    latestYear: null,
  });
  const programmes = [{ id: 'pkh', nameId: 'PKH', nameEn: 'PKH', unit: 'household' }];
  const headline = (values: DistrictValue[], lang: 'id' | 'en' = 'id') =>
    coverageMapHeadline({ year: 2025, programme: 'pkh', programmes, figures: { values } }, lang);

  it('ties on the value as shown are named together, highest and lowest alike', () => {
    const values = [value('A', 40.2), value('B', 39.8), value('C', 12), value('D', 12.4), value('E', 20)];
    expect(headline(values)).toBe(
      'Cakupan PKH 2025 tertinggi di A dan B (40 per 100 penduduk miskin) dan terendah di D dan C (12 per 100)',
    );
    expect(headline(values, 'en')).toBe(
      'In 2025, coverage of PKH was highest in A and B (40 per 100 people in poverty) and lowest in D and C (12 per 100)',
    );
  });

  it('values under 10 keep one decimal, as on the map', () => {
    expect(headline([value('A', 9.94), value('B', 4.25)])).toBe(
      'Cakupan PKH 2025 tertinggi di A (9,9 per 100 penduduk miskin) dan terendah di B (4,3 per 100)',
    );
  });

  it('every district alike', () => {
    const values = [value('A', 25), value('B', 25), value('C', null)];
    expect(headline(values)).toBe(
      'Cakupan PKH 2025 sama di 2 kabupaten/kota: 25 per 100 penduduk miskin; 1 kabupaten/kota tanpa program',
    );
    expect(headline(values, 'en')).toBe(
      'In 2025, coverage of PKH was the same in 2 districts: 25 per 100 people in poverty; 1 district had none',
    );
  });

  it('no district with a value', () => {
    expect(headline([value('A', null), value('B', null)])).toBe(
      'Tidak ada kabupaten/kota dengan cakupan PKH pada 2025',
    );
    expect(headline([value('A', null)], 'en')).toBe('No district had coverage of PKH in 2025');
    expect(headline([], 'en')).toBe('No district had coverage of PKH in 2025');
  });

  it('the programme not found falls back to all programmes', () => {
    expect(
      coverageMapHeadline(
        { year: 2025, programme: 'gone', programmes, figures: { values: [value('A', 50), value('B', 30)] } },
        'en',
      ),
    ).toBe(
      'In 2025, coverage of all programmes was highest in A (50 per 100 people in poverty) and lowest in B (30 per 100)',
    );
  });
});
