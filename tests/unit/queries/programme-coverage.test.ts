import { describe, expect, it } from 'vitest';
import { peopleReached } from '../../../src/domain/people-reached.ts';
import {
  districtCoverageSql,
  programmeCoverageSql,
  type DistrictCoverageRow,
  type ProgrammeCoverageRow,
} from '../../../src/queries/programme-coverage.ts';
import { sharedEngine } from '../helpers/engine.ts';
import { openOverlapEngine } from './overlap-fixtures.ts';

describe('SQL', () => {
  it('programmeCoverageSql for 2026, 3.5 people a household', () => {
    expect(programmeCoverageSql({ year: 2026, householdSize: 3.5 })).toBe(`WITH poor AS (
  SELECT area_code, max(year) AS poor_year, arg_max(poor_thousands, year) AS poor_thousands
  FROM poverty WHERE period = 'mar' AND poor_thousands IS NOT NULL AND year <= 2026
  GROUP BY area_code
), reached AS (
  SELECT c.area_code, a.name, a.short_name, c.programme_id, k.name_id, k.name_en, c.unit, c.beneficiaries, c.budget_rp::DOUBLE AS budget_rp,
    (c.beneficiaries * CASE c.unit WHEN 'household' THEN 3.5 ELSE 1 END)::DOUBLE AS people_reached,
    round(p.poor_thousands * 1000)::DOUBLE AS poor_people, p.poor_year::INTEGER AS poor_year,
    coalesce(c.provenance = 'illustrative', false) AS illustrative, c.publisher, c.source
  FROM coverage c
  JOIN areas a ON a.bps_code = c.area_code
  LEFT JOIN programme_kinds k ON k.programme_id = c.programme_id
  LEFT JOIN poor p ON p.area_code = c.area_code
  WHERE c.year = 2026 AND a.type <> 'provinsi'
)
SELECT *, people_reached / nullif(poor_people, 0) * 1000 AS coverage_per_1000_poor
FROM reached
ORDER BY area_code, programme_id`);
  });

  it('districtCoverageSql sums the same rows per district', () => {
    expect(districtCoverageSql({ year: 2026, householdSize: 3.5 }))
      .toBe(`SELECT area_code, name, short_name, count(*)::INTEGER AS programmes, sum(people_reached)::DOUBLE AS people_reached,
  min(poor_people) AS poor_people, min(poor_year) AS poor_year, sum(people_reached) / nullif(min(poor_people), 0) AS coverage_share,
  count(*) FILTER (WHERE illustrative)::INTEGER AS illustrative_programmes
FROM (
WITH poor AS (
  SELECT area_code, max(year) AS poor_year, arg_max(poor_thousands, year) AS poor_thousands
  FROM poverty WHERE period = 'mar' AND poor_thousands IS NOT NULL AND year <= 2026
  GROUP BY area_code
), reached AS (
  SELECT c.area_code, a.name, a.short_name, c.programme_id, k.name_id, k.name_en, c.unit, c.beneficiaries, c.budget_rp::DOUBLE AS budget_rp,
    (c.beneficiaries * CASE c.unit WHEN 'household' THEN 3.5 ELSE 1 END)::DOUBLE AS people_reached,
    round(p.poor_thousands * 1000)::DOUBLE AS poor_people, p.poor_year::INTEGER AS poor_year,
    coalesce(c.provenance = 'illustrative', false) AS illustrative, c.publisher, c.source
  FROM coverage c
  JOIN areas a ON a.bps_code = c.area_code
  LEFT JOIN programme_kinds k ON k.programme_id = c.programme_id
  LEFT JOIN poor p ON p.area_code = c.area_code
  WHERE c.year = 2026 AND a.type <> 'provinsi'
)
SELECT *, people_reached / nullif(poor_people, 0) * 1000 AS coverage_per_1000_poor
FROM reached
ORDER BY area_code, programme_id
)
GROUP BY area_code, name, short_name
ORDER BY area_code`);
  });

  it.each([NaN, Infinity])('rejects a household size of %d', (householdSize) => {
    expect(() => programmeCoverageSql({ year: 2026, householdSize })).toThrow('Not a finite number');
  });
});

// tests/fixtures/coverage.csv against the bundled March counts of poor (thousands): Kukar 59.00 in 2024
// (none for 2025), Kutim 34.91 and Berau 10.96 in 2025, Samarinda 37.80 and Bontang 7.11 in 2024, Mahulu 3.10 in 2022.
type Names = Pick<ProgrammeCoverageRow, 'area_code' | 'name' | 'short_name'>;
const KUKAR: Names = { area_code: '6403', name: 'Kutai Kartanegara', short_name: 'Kukar' };
const KUTIM: Names = { area_code: '6404', name: 'Kutai Timur', short_name: 'Kutim' };
const BERAU: Names = { area_code: '6405', name: 'Berau', short_name: 'Berau' };
const SAMARINDA: Names = { area_code: '6472', name: 'Samarinda', short_name: 'Samarinda' };
const BONTANG: Names = { area_code: '6474', name: 'Bontang', short_name: 'Bontang' };
const PKH = { programme_id: 'pkh', name_id: 'Program Keluarga Harapan', name_en: 'Family Hope Programme' };
const SEMBAKO = { programme_id: 'sembako', name_id: 'Program Sembako', name_en: 'Staple food programme' };
const UEP = {
  programme_id: 'kaltim_uep',
  name_id: 'Bantuan Usaha Ekonomi Produktif',
  name_en: 'Productive enterprise grant',
};
const SR = { programme_id: 'pusat_sekolah_rakyat', name_id: 'Sekolah Rakyat', name_en: "People's boarding schools" };
const PERLINDUNGAN = {
  programme_id: 'kukar_perlindungan',
  name_id: 'Perlindungan sosial (bantuan tunai)',
  name_en: 'Social protection cash transfer',
};

function row(
  area: Names,
  programme: typeof PKH,
  unit: ProgrammeCoverageRow['unit'],
  beneficiaries: number,
  budget_rp: number | null,
  people_reached: number,
  poor_people: number,
  poor_year: number,
  provenance: Pick<ProgrammeCoverageRow, 'illustrative' | 'publisher' | 'source'> = GENERATED,
): ProgrammeCoverageRow {
  return {
    ...area,
    ...programme,
    unit,
    beneficiaries,
    budget_rp,
    people_reached,
    poor_people,
    poor_year,
    coverage_per_1000_poor: (people_reached / poor_people) * 1000,
    ...provenance,
  };
}
const GENERATED = { illustrative: true, publisher: null, source: 'fixture' };
// A row with a provenance of 'sourced', and one with none (a user's own row): neither is illustrative.
const sourced = (year: number) => ({
  illustrative: false,
  publisher: 'Fixture Press',
  source: `https://example.org/uep-${year}`,
});
const UNMARKED = { illustrative: false, publisher: null, source: 'fixture' };

describe('on the fixtures', () => {
  const conn = sharedEngine(openOverlapEngine);

  it('2026, 4 a household: the 2025 count where published, else the latest before (Kukar, Samarinda, Bontang: 2024)', async () => {
    expect(await conn.query<ProgrammeCoverageRow>(programmeCoverageSql({ year: 2026, householdSize: 4 }))).toEqual([
      row(KUKAR, PKH, 'household', 9000, 27e9, 36_000, 59_000, 2024),
      row(KUTIM, UEP, 'household', 100, 5e8, 400, 34_910, 2025, sourced(2026)),
      row(KUTIM, SEMBAKO, 'household', 6500, 15.6e9, 26_000, 34_910, 2025),
      row(BERAU, PKH, 'household', 2000, 6e9, 8000, 10_960, 2025),
      row(SAMARINDA, SR, 'student', 275, 5e9, 275, 37_800, 2024),
      row(BONTANG, PKH, 'household', 3000, 9e9, 12_000, 7110, 2024),
    ]);
  });

  it('2025: persons count as one, a missing budget stays null; each row says whether it is generated, with its publisher and source', async () => {
    const rows = await conn.query<ProgrammeCoverageRow>(programmeCoverageSql({ year: 2025, householdSize: 4 }));
    expect(rows).toEqual([
      row(KUKAR, UEP, 'household', 200, 1e9, 800, 59_000, 2024, sourced(2025)),
      row(KUKAR, PERLINDUNGAN, 'person', 5000, 12e9, 5000, 59_000, 2024),
      row(KUKAR, PKH, 'household', 10_000, 30e9, 40_000, 59_000, 2024, UNMARKED),
      row(KUTIM, SEMBAKO, 'household', 6000, null, 24_000, 34_910, 2025),
    ]);
  });

  it('people reached agree with the domain rule for every unit and a fractional household size', async () => {
    const rows = await conn.query<ProgrammeCoverageRow>(programmeCoverageSql({ year: 2026, householdSize: 3.5 }));
    expect(rows.map((r) => r.people_reached)).toEqual(rows.map((r) => peopleReached(r.beneficiaries, r.unit, 3.5)));
    expect(rows.find((r) => r.programme_id === 'pkh' && r.area_code === '6403')?.people_reached).toBe(31_500);
  });

  it('a year with no count up to it reaches back: Mahulu 2023 uses 2022', async () => {
    expect(await conn.query<ProgrammeCoverageRow>(programmeCoverageSql({ year: 2023, householdSize: 4 }))).toEqual([
      row(
        { area_code: '6411', name: 'Mahakam Ulu', short_name: 'Mahulu' },
        UEP,
        'household',
        30,
        1.5e8,
        120,
        3100,
        2022,
        sourced(2023),
      ),
    ]);
  });

  it('a year without coverage: no rows', async () => {
    expect(await conn.query(programmeCoverageSql({ year: 2030, householdSize: 4 }))).toEqual([]);
  });

  it('districts: programmes summed, the share may pass 1 (Bontang), and how many of them are generated (Kutim: one of two)', async () => {
    const district = (
      area: Names,
      programmes: number,
      people_reached: number,
      poor_people: number,
      poor_year: number,
      illustrative_programmes = programmes,
    ): DistrictCoverageRow => ({
      ...area,
      programmes,
      people_reached,
      poor_people,
      poor_year,
      coverage_share: people_reached / poor_people,
      illustrative_programmes,
    });
    expect(await conn.query<DistrictCoverageRow>(districtCoverageSql({ year: 2026, householdSize: 4 }))).toEqual([
      district(KUKAR, 1, 36_000, 59_000, 2024),
      district(KUTIM, 2, 26_400, 34_910, 2025, 1),
      district(BERAU, 1, 8000, 10_960, 2025),
      district(SAMARINDA, 1, 275, 37_800, 2024),
      district(BONTANG, 1, 12_000, 7110, 2024),
    ]);
    const y2025 = await conn.query<DistrictCoverageRow>(districtCoverageSql({ year: 2025, householdSize: 4 }));
    expect(y2025.map((d) => [d.short_name, d.programmes, d.illustrative_programmes])).toEqual([
      ['Kukar', 3, 1],
      ['Kutim', 1, 1],
    ]);
  });
});
