import { describe, expect, it } from 'vitest';
import { flaggedPaymentsQuerySql } from '../../../src/queries/flagged-payments.ts';
import { sharedEngine } from '../helpers/engine.ts';
import { openOverlapEngine } from './overlap-fixtures.ts';

describe('SQL', () => {
  it('reads overlap_findings by default', () => {
    expect(flaggedPaymentsQuerySql()).toBe(`SELECT DISTINCT r.payment_id, r.household_id, r.area_code, r.programme_id, r.month, r.amount_rp
FROM register r JOIN "overlap_findings" f ON f.household_id = r.household_id
  AND r.programme_id IN (f.programme_a, f.programme_b)
  AND f.period = CASE WHEN length(f.period) = 4 THEN left(r.month, 4) ELSE r.month END`);
  });

  it('or another table shaped like it, quoted', () => {
    expect(flaggedPaymentsQuerySql('findings')).toBe(`SELECT DISTINCT r.payment_id, r.household_id, r.area_code, r.programme_id, r.month, r.amount_rp
FROM register r JOIN "findings" f ON f.household_id = r.household_id
  AND r.programme_id IN (f.programme_a, f.programme_b)
  AND f.period = CASE WHEN length(f.period) = 4 THEN left(r.month, 4) ELSE r.month END`);
  });
});

describe('on the fixtures', () => {
  const conn = sharedEngine(openOverlapEngine);

  it('the payments involved in any finding, each once', async () => {
    const rows = await conn.query<{ payment_id: number }>(`SELECT payment_id FROM (${flaggedPaymentsQuerySql()}) ORDER BY payment_id`);
    // a2 5-6 (not 7, September alone), a3 8-10 (not pkh 11), a4 12-13, a5 16-17, a6 18-19 (two findings),
    // a7 20-21, a9 24-26, b0 27-30.
    expect(rows.map((r) => r.payment_id)).toEqual([5, 6, 8, 9, 10, 12, 13, 16, 17, 18, 19, 20, 21, 24, 25, 26, 27, 28, 29, 30]);
  });
});
