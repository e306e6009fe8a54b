import { describe, expect, it } from 'vitest';
import { flaggedPaymentsQuerySql } from '../../../src/queries/flagged-payments.ts';
import { sharedEngine } from '../helpers/engine.ts';
import { openOverlapEngine } from './overlap-fixtures.ts';

describe('SQL', () => {
  it('reads overlap_findings by default', () => {
    expect(flaggedPaymentsQuerySql())
      .toBe(`SELECT DISTINCT r.payment_id, h.household_id, h.area_code, p.programme_id, m.month, r.amount_rp
FROM "overlap_findings" f JOIN register_households h ON h.household_id = f.household_id
  JOIN register_programmes p ON p.programme_id IN (f.programme_a, f.programme_b)
  JOIN register_months m ON f.period = CASE WHEN length(f.period) = 4 THEN left(m.month, 4) ELSE m.month END
  JOIN register_ix r ON r.hh = h.hh AND r.p = p.p AND r.m = m.m`);
  });

  it('or another table shaped like it, quoted', () => {
    expect(flaggedPaymentsQuerySql('findings'))
      .toBe(`SELECT DISTINCT r.payment_id, h.household_id, h.area_code, p.programme_id, m.month, r.amount_rp
FROM "findings" f JOIN register_households h ON h.household_id = f.household_id
  JOIN register_programmes p ON p.programme_id IN (f.programme_a, f.programme_b)
  JOIN register_months m ON f.period = CASE WHEN length(f.period) = 4 THEN left(m.month, 4) ELSE m.month END
  JOIN register_ix r ON r.hh = h.hh AND r.p = p.p AND r.m = m.m`);
  });
});

describe('on the fixtures', () => {
  const conn = sharedEngine(openOverlapEngine);

  it('the payments involved in any finding, each once', async () => {
    const rows = await conn.query<{ payment_id: number }>(
      `SELECT payment_id FROM (${flaggedPaymentsQuerySql()}) ORDER BY payment_id`,
    );
    // a2 5-6 (not 7, September alone), a3 8-10 (not pkh 11), a4 12-13, a5 16-17, a6 18-19 (two findings),
    // a7 20-21, a9 24-26, b0 27-30.
    expect(rows.map((r) => r.payment_id)).toEqual([
      5, 6, 8, 9, 10, 12, 13, 16, 17, 18, 19, 20, 21, 24, 25, 26, 27, 28, 29, 30,
    ]);
  });
});
