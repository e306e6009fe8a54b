import { describe, expect, it } from 'vitest';
import {
  desilDistributionSql,
  targetingByDistrictSql,
  targetingByProgrammeSql,
  type DesilDistributionRow,
  type TargetingByDistrictRow,
  type TargetingByProgrammeRow,
  type TargetingMeasures,
} from '../../../src/queries/targeting.ts';
import { sharedEngine } from '../helpers/engine.ts';
import { openOverlapEngine } from './overlap-fixtures.ts';

describe('SQL', () => {
  it('targetingByProgrammeSql', () => {
    expect(targetingByProgrammeSql()).toBe(`SELECT r.programme_id, k.name_id, k.name_en,
  count(*)::INTEGER AS payments, count(DISTINCT r.household_id)::INTEGER AS households, sum(r.amount_rp)::DOUBLE AS amount_rp,
  (count(*) FILTER (r.desil <= 4) / count(*))::DOUBLE AS share_payments_1_4,
  (count(DISTINCT r.household_id) FILTER (r.desil <= 4) / count(DISTINCT r.household_id))::DOUBLE AS share_households_1_4,
  (coalesce(sum(r.amount_rp) FILTER (r.desil <= 4), 0) / nullif(sum(r.amount_rp), 0))::DOUBLE AS share_amount_1_4,
  (coalesce(sum(r.amount_rp) FILTER (r.desil >= 5), 0) / nullif(sum(r.amount_rp), 0))::DOUBLE AS leakage_amount_5plus
FROM register r LEFT JOIN programme_kinds k ON k.programme_id = r.programme_id
GROUP BY GROUPING SETS ((r.programme_id, k.name_id, k.name_en), ())
ORDER BY r.programme_id NULLS LAST`);
  });

  it('targetingByDistrictSql', () => {
    expect(targetingByDistrictSql()).toBe(`SELECT r.area_code, a.name, a.short_name,
  count(*)::INTEGER AS payments, count(DISTINCT r.household_id)::INTEGER AS households, sum(r.amount_rp)::DOUBLE AS amount_rp,
  (count(*) FILTER (r.desil <= 4) / count(*))::DOUBLE AS share_payments_1_4,
  (count(DISTINCT r.household_id) FILTER (r.desil <= 4) / count(DISTINCT r.household_id))::DOUBLE AS share_households_1_4,
  (coalesce(sum(r.amount_rp) FILTER (r.desil <= 4), 0) / nullif(sum(r.amount_rp), 0))::DOUBLE AS share_amount_1_4,
  (coalesce(sum(r.amount_rp) FILTER (r.desil >= 5), 0) / nullif(sum(r.amount_rp), 0))::DOUBLE AS leakage_amount_5plus
FROM register r JOIN areas a ON a.bps_code = r.area_code
GROUP BY r.area_code, a.name, a.short_name
ORDER BY r.area_code`);
  });

  it('desilDistributionSql, all programmes', () => {
    expect(desilDistributionSql()).toBe(`WITH d AS (
  SELECT desil, count(*) AS payments, count(DISTINCT household_id) AS households, sum(amount_rp) AS amount_rp
  FROM register GROUP BY desil
)
SELECT s.desil::INTEGER AS desil, coalesce(d.payments, 0)::INTEGER AS payments, coalesce(d.households, 0)::INTEGER AS households,
  coalesce(d.amount_rp, 0)::DOUBLE AS amount_rp
FROM range(1, 11) s(desil) LEFT JOIN d ON d.desil = s.desil
ORDER BY s.desil`);
  });

  it('desilDistributionSql, one programme', () => {
    expect(desilDistributionSql({ programmeId: 'sembako' })).toBe(`WITH d AS (
  SELECT desil, count(*) AS payments, count(DISTINCT household_id) AS households, sum(amount_rp) AS amount_rp
  FROM register WHERE programme_id = 'sembako' GROUP BY desil
)
SELECT s.desil::INTEGER AS desil, coalesce(d.payments, 0)::INTEGER AS payments, coalesce(d.households, 0)::INTEGER AS households,
  coalesce(d.amount_rp, 0)::DOUBLE AS amount_rp
FROM range(1, 11) s(desil) LEFT JOIN d ON d.desil = s.desil
ORDER BY s.desil`);
  });
});

// payments, households, rupiah; then payments, households and rupiah in desil 1-4.
function measures(
  payments: number,
  households: number,
  amount: number,
  payments14: number,
  households14: number,
  amount14: number,
): TargetingMeasures {
  return {
    payments,
    households,
    amount_rp: amount,
    share_payments_1_4: payments14 / payments,
    share_households_1_4: households14 / households,
    share_amount_1_4: amount14 / amount,
    leakage_amount_5plus: (amount - amount14) / amount,
  };
}

describe('on the fixtures', () => {
  const conn = sharedEngine(openOverlapEngine);

  it('by programme, then all programmes (programme_id null)', async () => {
    const rows = await conn.query<TargetingByProgrammeRow>(targetingByProgrammeSql());
    expect(rows.map(({ name_id: _id, name_en: _en, ...r }) => r)).toEqual([
      // rows 12, 14 (a4, d5), 24 (a9, d2), 27 (b0, d7)
      { programme_id: 'kaltim_rapak_dalam', ...measures(4, 3, 6_000_000, 1, 1, 1_500_000) },
      // a5 d2, a6 d1, a7 d6 twice, a8 d3
      { programme_id: 'kaltim_uep', ...measures(5, 4, 25_000_000, 3, 3, 15_000_000) },
      { programme_id: 'kukar_pangan', ...measures(3, 2, 450_000, 1, 1, 150_000) },
      { programme_id: 'kukar_pemberdayaan', ...measures(3, 3, 9_000_000, 3, 3, 9_000_000) },
      { programme_id: 'kukar_perlindungan', ...measures(2, 1, 400_000, 0, 0, 0) },
      { programme_id: 'kukar_rehabilitasi', ...measures(1, 1, 2_500_000, 1, 1, 2_500_000) },
      // a1 d1 twice, a3 d4, b0 d7, b1 d8
      { programme_id: 'pkh', ...measures(5, 4, 3_750_000, 3, 2, 2_250_000) },
      { programme_id: 'pusat_sekolah_rakyat', ...measures(2, 1, 2_000_000, 2, 1, 2_000_000) },
      { programme_id: 'sembako', ...measures(10, 5, 6_000_000, 10, 5, 6_000_000) },
      // desil 1-4: 10 + 5 + 5 + 4 payments, 4 + 2 + 2 + 1 households, 15.8 + 10.7 + 9.8 + 2.1 million
      { programme_id: null, ...measures(35, 13, 55_100_000, 24, 9, 38_400_000) },
    ]);
    expect(rows[0]).toMatchObject({ name_id: 'Panti Rapak Dalam', name_en: 'Rapak Dalam residential home' });
    expect(rows.at(-1)).toMatchObject({ name_id: null, name_en: null });
  });

  it('by district', async () => {
    const rows = await conn.query<TargetingByDistrictRow>(targetingByDistrictSql());
    expect(rows).toEqual([
      { area_code: '6401', name: 'Paser', short_name: 'Paser', ...measures(4, 2, 16_000_000, 4, 2, 16_000_000) },
      {
        area_code: '6403',
        name: 'Kutai Kartanegara',
        short_name: 'Kukar',
        ...measures(18, 5, 18_750_000, 10, 3, 12_800_000),
      },
      {
        area_code: '6471',
        name: 'Balikpapan',
        short_name: 'Balikpapan',
        ...measures(3, 2, 3_850_000, 2, 1, 3_100_000),
      },
      {
        area_code: '6472',
        name: 'Samarinda',
        short_name: 'Samarinda',
        ...measures(10, 4, 16_500_000, 8, 3, 6_500_000),
      },
    ]);
  });

  it('desil distribution: all ten desil, 0 where none', async () => {
    const row = (desil: number, payments: number, households: number, amount_rp: number): DesilDistributionRow => ({
      desil,
      payments,
      households,
      amount_rp,
    });
    expect(await conn.query<DesilDistributionRow>(desilDistributionSql())).toEqual([
      row(1, 10, 4, 15_800_000),
      row(2, 5, 2, 10_700_000),
      row(3, 5, 2, 9_800_000),
      row(4, 4, 1, 2_100_000),
      row(5, 4, 1, 3_300_000),
      row(6, 2, 1, 10_000_000),
      row(7, 4, 1, 2_650_000),
      row(8, 1, 1, 750_000),
      row(9, 0, 0, 0),
      row(10, 0, 0, 0),
    ]);
    expect(await conn.query<DesilDistributionRow>(desilDistributionSql({ programmeId: 'sembako' }))).toEqual([
      row(1, 3, 2, 1_800_000),
      row(2, 2, 1, 1_200_000),
      row(3, 3, 1, 1_800_000),
      row(4, 2, 1, 1_200_000),
      ...[5, 6, 7, 8, 9, 10].map((d) => row(d, 0, 0, 0)),
    ]);
  });

  it('a programme nobody received: ten zero rows', async () => {
    const rows = await conn.query<DesilDistributionRow>(desilDistributionSql({ programmeId: 'nothing' }));
    expect(rows).toHaveLength(10);
    expect(rows.every((r) => r.payments === 0 && r.amount_rp === 0)).toBe(true);
  });
});
