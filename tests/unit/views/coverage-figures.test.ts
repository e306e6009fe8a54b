import { describe, expect, it } from 'vitest';
import { areaPlacesSql, type AreaPlaceRow } from '../../../src/queries/area-places.ts';
import { coverageVsChangeSql, type CoverageVsChangeRow } from '../../../src/queries/coverage-vs-change.ts';
import {
  districtCoverageSql,
  programmeCoverageSql,
  type DistrictCoverageRow,
  type ProgrammeCoverageRow,
} from '../../../src/queries/programme-coverage.ts';
import { coverageFigures, programmeTotals, provenanceOf } from '../../../src/views/coverage/coverage-figures.ts';
import { baseYearFor, defaultCoverageYear } from '../../../src/views/coverage/view-model.svelte.ts';
import { openEngineWith, sharedEngine } from '../helpers/engine.ts';

const conn = sharedEngine(() =>
  openEngineWith({
    areas: 'datasets/areas.parquet',
    poverty: 'datasets/poverty.parquet',
    programme_kinds: 'tests/fixtures/programme_kinds.csv',
    coverage: 'tests/fixtures/coverage.csv',
  }),
);

async function figures(year: number, programme: string, baseYear = 2023) {
  const params = { year, householdSize: 4 };
  const [places, rows, totals, change] = await Promise.all([
    conn.query<AreaPlaceRow>(areaPlacesSql()),
    conn.query<ProgrammeCoverageRow>(programmeCoverageSql(params)),
    conn.query<DistrictCoverageRow>(districtCoverageSql(params)),
    conn.query<CoverageVsChangeRow>(coverageVsChangeSql({ ...params, baseYear })),
  ]);
  return { rows, f: coverageFigures(places, rows, totals, change, programme) };
}

describe('coverageFigures on the fixture coverage and the bundled poverty', () => {
  it('all programmes, 2025: Kukar reaches (10,000 × 4 + 5,000 + 200 × 4) per 100 of its 59,000 poor (2024 count)', async () => {
    const { f } = await figures(2025, 'all');
    expect(f.values).toHaveLength(10);
    const kukar = f.values.find((v) => v.code === '6403')!;
    expect(kukar).toMatchObject({ peopleReached: 45_800, poorPeople: 59_000, poorYear: 2024 });
    expect(kukar.per100).toBeCloseTo((45_800 / 59_000) * 100, 9);
    expect(f.values.find((v) => v.code === '6471')!.per100).toBeNull();
  });

  it('one programme: only the districts that run it have a value', async () => {
    const { f } = await figures(2025, 'kukar_perlindungan');
    expect(f.values.filter((v) => v.per100 !== null).map((v) => v.code)).toEqual(['6403']);
    expect(f.values.find((v) => v.code === '6403')!.per100).toBeCloseTo((5_000 / 59_000) * 100, 9);
  });

  it('the scatter takes districts with coverage and a base-year rate, and names the rest', async () => {
    const { f } = await figures(2025, 'all');
    expect(f.points.map((p) => p.label)).toEqual(['Kukar', 'Kutim']);
    expect(f.points[0]).toMatchObject({ code: '6403', y: -0.89, latestYear: 2025 });
    expect(f.values.find((v) => v.code === '6403')).toMatchObject({ changePp: -0.89, latestYear: 2025 });
    expect(f.values.find((v) => v.shortName === 'PPU')).toMatchObject({ changePp: null, latestYear: null });
    expect(f.missing).toHaveLength(8);
    expect(f.missing).toContain('PPU');
    expect(f.correlation).toEqual({ r: null, n: 2 });
  });

  it('the y domain keeps zero in view and pads; the x domain starts at zero', async () => {
    const { f } = await figures(2025, 'all');
    expect(f.yDomain[1]).toBeGreaterThan(0);
    expect(f.yDomain[0]).toBeLessThan(-0.99);
    expect(f.xDomain[0]).toBe(0);
    expect(f.xDomain[1]).toBeCloseTo(f.max * 1.05, 9);
  });

  it('places every district on its own tile', async () => {
    const { f } = await figures(2026, 'all');
    expect(f.layout.tiles).toHaveLength(10);
    expect(new Set(f.layout.tiles.map((t) => `${t.col},${t.row}`)).size).toBe(10);
  });

  it('programme totals sum the districts; a missing budget makes the total unknown, not partial', async () => {
    const { rows, f } = await figures(2025, 'all');
    const totals = programmeTotals(rows, f.values);
    const pkh = totals.find((t) => t.programmeId === 'pkh')!;
    expect(pkh).toMatchObject({ districts: 1, beneficiaries: 10_000, peopleReached: 40_000, budgetRp: 30_000_000_000 });
    expect(totals.find((t) => t.programmeId === 'sembako')!.budgetRp).toBeNull();
    const poor = f.values.reduce((s, v) => s + (v.poorPeople ?? 0), 0);
    expect(pkh.per100).toBeCloseTo((40_000 / poor) * 100, 9);
  });

  // Fixture 2025: Kukar has a sourced UEP row, an unmarked PKH row (a user's own) and a generated Perlindungan row; Kutim one generated row.
  it('each district says whether its figure is real, generated or a mix, and names the sources of its real rows', async () => {
    const all = (await figures(2025, 'all')).f;
    expect(all.values.find((v) => v.code === '6403')).toMatchObject({
      provenance: 'mixed',
      sources: ['https://example.org/uep-2025', 'fixture'],
      applies: true,
    });
    expect(all.values.find((v) => v.code === '6404')).toMatchObject({ provenance: 'illustrative', sources: [] });
    expect(all.values.find((v) => v.code === '6471')).toMatchObject({ provenance: null, per100: null });
    const uep = (await figures(2025, 'kaltim_uep')).f;
    expect(uep.values.find((v) => v.code === '6403')).toMatchObject({
      provenance: 'sourced',
      sources: ['https://example.org/uep-2025'],
    });
    expect(uep.points.map((p) => [p.label, p.sourced])).toEqual([['Kukar', true]]);
    expect(all.points.map((p) => [p.label, p.sourced])).toEqual([
      ['Kukar', false],
      ['Kutim', false],
    ]);
  });

  it('provenanceOf: sourced, illustrative, mixed, or null without rows', () => {
    expect(provenanceOf([])).toBeNull();
    expect(provenanceOf([{ illustrative: false }, { illustrative: false }])).toBe('sourced');
    expect(provenanceOf([{ illustrative: true }])).toBe('illustrative');
    expect(provenanceOf([{ illustrative: true }, { illustrative: false }])).toBe('mixed');
  });

  it('a village programme is not applicable in a kota: neither drawn in the scatter nor missing from it', async () => {
    const { f } = await figures(2025, 'blt_dana_desa');
    expect(f.notApplicable).toEqual(['Balikpapan', 'Samarinda', 'Bontang']);
    expect(f.missing).not.toContain('Samarinda');
    expect(f.values.find((v) => v.code === '6472')).toMatchObject({ applies: false, per100: null, provenance: null });
  });
});

describe('defaultCoverageYear', () => {
  const years = [2023, 2024, 2025, 2026].map((year) => ({ year, districts: 10, programmes: 4 }));
  it.each([
    [2025, 2025],
    [2030, 2026],
    [null, 2026],
    [2020, 2026],
  ])('latest poverty year %s -> %s', (latest, expected) => {
    expect(defaultCoverageYear(years, latest)).toBe(expected);
  });
  it('no years -> null', () => expect(defaultCoverageYear([], 2025)).toBeNull());
});

describe('baseYearFor', () => {
  const years = [2019, 2020, 2021, 2022, 2023].map((year) => ({
    year,
    districts: year === 2022 ? 8 : year === 2019 ? 9 : 10,
  }));
  it.each([
    ['a base before the year stays', 2020, 2025, 2020],
    ['a base equal to the year: the latest earlier year with the most districts', 2023, 2023, 2021],
    ['a base after the year likewise', 2023, 2020, 2019],
    ['no earlier year: the choice stays', 2023, 2019, 2023],
  ])('%s', (_, chosen, year, expected) => {
    expect(baseYearFor(chosen, year, years)).toBe(expected);
  });
});
