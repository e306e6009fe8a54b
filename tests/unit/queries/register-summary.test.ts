import { describe, expect, it } from 'vitest';
import { registerSummarySql, type RegisterSummaryRow } from '../../../src/queries/register-summary.ts';
import { sharedEngine } from '../helpers/engine.ts';
import { openOverlapEngine } from './overlap-fixtures.ts';

describe('SQL', () => {
  it('registerSummarySql', () => {
    expect(registerSummarySql())
      .toBe(`SELECT count(DISTINCT household_id)::INTEGER AS households, count(*)::INTEGER AS payments, sum(amount_rp)::DOUBLE AS amount_rp,
  min(month) AS first_month, max(month) AS last_month, count(DISTINCT month)::INTEGER AS months,
  count(DISTINCT programme_id)::INTEGER AS programmes, count(DISTINCT area_code)::INTEGER AS districts
FROM register`);
  });
});

describe('on the fixtures', () => {
  const conn = sharedEngine(openOverlapEngine);

  it('13 households, 35 payments from December 2024 to December 2025, 9 programmes in 4 districts', async () => {
    expect(await conn.query<RegisterSummaryRow>(registerSummarySql())).toEqual([
      {
        households: 13,
        payments: 35,
        amount_rp: 55_100_000,
        first_month: '2024-12',
        last_month: '2025-12',
        months: 13,
        programmes: 9,
        districts: 4,
      },
    ]);
  });

  it('an empty register: zeros and null months', async () => {
    await conn.exec('CREATE OR REPLACE TEMP TABLE register AS SELECT * FROM main.register WHERE false');
    try {
      expect(await conn.query<RegisterSummaryRow>(registerSummarySql())).toEqual([
        {
          households: 0,
          payments: 0,
          amount_rp: null,
          first_month: null,
          last_month: null,
          months: 0,
          programmes: 0,
          districts: 0,
        },
      ]);
    } finally {
      await conn.exec('DROP TABLE temp.register');
    }
  });
});
