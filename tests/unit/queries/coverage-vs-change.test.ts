import { describe, expect, it } from 'vitest';
import { coverageVsChangeSql, type CoverageVsChangeRow } from '../../../src/queries/coverage-vs-change.ts';
import { sharedEngine } from '../helpers/engine.ts';
import { openOverlapEngine } from './overlap-fixtures.ts';

describe('SQL', () => {
  it('coverageVsChangeSql for 2026 against 2023', () => {
    expect(coverageVsChangeSql({ year: 2026, baseYear: 2023, householdSize: 3.5 })).toBe(`WITH cov AS (
SELECT area_code, name, short_name, count(*)::INTEGER AS programmes, sum(people_reached)::DOUBLE AS people_reached,
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
ORDER BY area_code
), march AS (
  SELECT area_code, year, rate_pct FROM poverty WHERE period = 'mar' AND year <= 2026
), latest AS (
  SELECT area_code, max(year) AS latest_year, arg_max(rate_pct, year) AS latest_rate FROM march GROUP BY area_code
), base AS (
  SELECT area_code, rate_pct AS base_rate FROM march WHERE year = 2023
)
SELECT a.bps_code AS area_code, a.name, a.short_name, c.coverage_share, b.base_rate, l.latest_year::INTEGER AS latest_year, l.latest_rate,
  round(l.latest_rate - b.base_rate, 2) AS change_pp
FROM areas a
LEFT JOIN cov c ON c.area_code = a.bps_code
LEFT JOIN latest l ON l.area_code = a.bps_code
LEFT JOIN base b ON b.area_code = a.bps_code
WHERE a.type <> 'provinsi'
ORDER BY a.bps_code`);
  });

  it.each([NaN, Infinity])('rejects a base year of %d', (baseYear) => {
    expect(() => coverageVsChangeSql({ year: 2026, baseYear, householdSize: 4 })).toThrow('Not a finite number');
  });
});

type Row = CoverageVsChangeRow;
const row = (
  area_code: string,
  short_name: string,
  coverage_share: number | null,
  base_rate: number | null,
  latest_year: number,
  latest_rate: number,
  change_pp: number | null,
) => ({
  area_code,
  short_name,
  coverage_share,
  base_rate,
  latest_year,
  latest_rate,
  change_pp,
});

describe('on the fixtures with the bundled poverty', () => {
  const conn = sharedEngine(openOverlapEngine);
  const query = async (year: number, baseYear: number) =>
    (await conn.query<Row>(coverageVsChangeSql({ year, baseYear, householdSize: 4 }))).map(
      ({ name: _name, ...r }) => r,
    );

  it('2026 against 2023: every district, coverage null where there is none, the change to March 2025', async () => {
    expect(await query(2026, 2023)).toEqual([
      row('6401', 'Paser', null, 9.11, 2025, 8.13, -0.98),
      row('6402', 'Kubar', null, 9.72, 2025, 8.72, -1),
      row('6403', 'Kukar', 36_000 / 59_000, 7.61, 2025, 6.72, -0.89),
      row('6404', 'Kutim', 26_400 / 34_910, 9.06, 2025, 8.07, -0.99),
      row('6405', 'Berau', 8000 / 10_960, 5.54, 2025, 4.44, -1.1),
      // PPU has no March 2023 rate: no change.
      row('6409', 'PPU', null, null, 2025, 5.78, null),
      row('6411', 'Mahulu', null, 11.38, 2025, 10.09, -1.29),
      row('6471', 'Balikpapan', null, 2.31, 2025, 1.97, -0.34),
      row('6472', 'Samarinda', 275 / 37_800, 4.81, 2025, 3.45, -1.36),
      row('6474', 'Bontang', 12_000 / 7110, 4.11, 2025, 3.21, -0.9),
    ]);
  });

  it('the latest March is at or before the year: 2023 reads 2023, PPU (no 2022-2023 rate) its 2021', async () => {
    const rows = await query(2023, 2020);
    expect(rows.find((r) => r.area_code === '6411')).toEqual(
      row('6411', 'Mahulu', 120 / 3100, 11.44, 2023, 11.38, -0.06),
    );
    expect(rows.find((r) => r.area_code === '6409')).toEqual(row('6409', 'PPU', null, 7.36, 2021, 7.61, 0.25));
    expect(rows.filter((r) => r.latest_year !== 2023).map((r) => r.area_code)).toEqual(['6409']);
  });

  it('a base year after the year gives no change rather than a backwards one', async () => {
    const rows = await query(2023, 2025);
    expect(rows.every((r) => r.base_rate === null && r.change_pp === null)).toBe(true);
  });
});
