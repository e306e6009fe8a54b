import { describe, expect, it } from 'vitest';
import { coverageYearsSql, type CoverageYearRow } from '../../../src/queries/coverage-years.ts';
import { sharedEngine } from '../helpers/engine.ts';
import { openOverlapEngine } from './overlap-fixtures.ts';

describe('SQL', () => {
  it('coverageYearsSql', () => {
    expect(coverageYearsSql())
      .toBe(`SELECT year, count(DISTINCT area_code)::INTEGER AS districts, count(DISTINCT programme_id)::INTEGER AS programmes
FROM coverage GROUP BY year ORDER BY year`);
  });
});

describe('on the fixtures', () => {
  const conn = sharedEngine(openOverlapEngine);

  it('the years of tests/fixtures/coverage.csv, oldest first', async () => {
    expect(await conn.query<CoverageYearRow>(coverageYearsSql())).toEqual([
      { year: 2023, districts: 1, programmes: 1 },
      { year: 2025, districts: 2, programmes: 4 },
      { year: 2026, districts: 5, programmes: 4 },
    ]);
  });
});
