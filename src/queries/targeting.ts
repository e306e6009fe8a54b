import { sqlString } from './sql-literal.ts';

/** How much of a group of payments reached desil 1-4 (the target) and how much leaked to desil 5-10. */
export interface TargetingMeasures {
  payments: number;
  households: number;
  amount_rp: number;
  /** Shares 0..1; null where the group has no payments (or no rupiah, for the amount shares). */
  share_payments_1_4: number | null;
  share_households_1_4: number | null;
  share_amount_1_4: number | null;
  leakage_amount_5plus: number | null;
}

/** Targeting of one programme, or of all programmes together when `programme_id` is null. */
export interface TargetingByProgrammeRow extends TargetingMeasures {
  programme_id: string | null;
  name_id: string | null;
  name_en: string | null;
}

/** Targeting of all payments in one district of the register. */
export interface TargetingByDistrictRow extends TargetingMeasures {
  area_code: string;
  name: string;
  short_name: string;
}

/** Payments, households and rupiah of one desil. */
export interface DesilDistributionRow {
  desil: number;
  payments: number;
  households: number;
  amount_rp: number;
}

// Desil is a household's, constant across its rows, so a household counts in one band only.
const MEASURES = `count(*)::INTEGER AS payments, count(DISTINCT r.household_id)::INTEGER AS households, sum(r.amount_rp)::DOUBLE AS amount_rp,
  (count(*) FILTER (r.desil <= 4) / count(*))::DOUBLE AS share_payments_1_4,
  (count(DISTINCT r.household_id) FILTER (r.desil <= 4) / count(DISTINCT r.household_id))::DOUBLE AS share_households_1_4,
  (coalesce(sum(r.amount_rp) FILTER (r.desil <= 4), 0) / nullif(sum(r.amount_rp), 0))::DOUBLE AS share_amount_1_4,
  (coalesce(sum(r.amount_rp) FILTER (r.desil >= 5), 0) / nullif(sum(r.amount_rp), 0))::DOUBLE AS leakage_amount_5plus`;

/** Targeting per programme, then one row (programme_id null) for all programmes together. */
export function targetingByProgrammeSql(): string {
  return `SELECT r.programme_id, k.name_id, k.name_en,
  ${MEASURES}
FROM register r LEFT JOIN programme_kinds k ON k.programme_id = r.programme_id
GROUP BY GROUPING SETS ((r.programme_id, k.name_id, k.name_en), ())
ORDER BY r.programme_id NULLS LAST`;
}

/** Targeting per district of the register, all programmes together, by code. */
export function targetingByDistrictSql(): string {
  return `SELECT r.area_code, a.name, a.short_name,
  ${MEASURES}
FROM register r JOIN areas a ON a.bps_code = r.area_code
GROUP BY r.area_code, a.name, a.short_name
ORDER BY r.area_code`;
}

/** Payments, households and rupiah in each desil 1-10 (0 where none), of all programmes or of one. */
export function desilDistributionSql({ programmeId }: { programmeId?: string } = {}): string {
  const where = programmeId === undefined ? '' : ` WHERE programme_id = ${sqlString(programmeId)}`;
  return `WITH d AS (
  SELECT desil, count(*) AS payments, count(DISTINCT household_id) AS households, sum(amount_rp) AS amount_rp
  FROM register${where} GROUP BY desil
)
SELECT s.desil::INTEGER AS desil, coalesce(d.payments, 0)::INTEGER AS payments, coalesce(d.households, 0)::INTEGER AS households,
  coalesce(d.amount_rp, 0)::DOUBLE AS amount_rp
FROM range(1, 11) s(desil) LEFT JOIN d ON d.desil = s.desil
ORDER BY s.desil`;
}
