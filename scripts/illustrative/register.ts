import type { DataRow } from '../datasets/cell.ts';
import { bundledDistricts } from './bundled-districts.ts';
import { bundledKecamatan } from './bundled-kecamatan.ts';
import type { District } from './districts.ts';
import type { Household } from './household.ts';
import { kecamatanOf } from './kecamatan.ts';
import type { Kecamatan } from './kecamatan.ts';
import { organicHouseholds } from './organic-households.ts';
import { plantOverlaps } from './plant-overlaps.ts';
import { monthText } from './planted-finding.ts';
import type { PlantedFinding } from './planted-finding.ts';
import { randomFor } from './random.ts';
import { registerPlan } from './register-plan.ts';
import { PLANTED_RATE, REGISTER_YEAR } from './settings.ts';
import { villagesOf } from './villages.ts';

/** What to generate: scale and seed, and optionally the districts, their kecamatan and the planted rate (0 for a clean register). */
export interface RegisterOptions {
  households: number;
  seed: number;
  districts?: readonly District[];
  /** Real kecamatan the villages sit in (default: the bundled datasets/boundaries/kaltim_kec.geojson). */
  kecamatan?: readonly Kecamatan[];
  plantedRate?: number;
}

/** The register rows (payment_id in output order) and the exact findings planted in them. */
export interface Register {
  rows: DataRow[];
  planted: PlantedFinding[];
  households: number;
  plantedHouseholds: number;
}

/**
 * The synthetic beneficiary register for 2025: households spread over districts by their poor and
 * over synthetic villages in each district's real kecamatan, paid on each programme's schedule, with
 * overlaps planted in a seeded share of them.
 */
export function generateRegister(options: RegisterOptions): Register {
  const { households, seed } = options;
  const districts = options.districts ?? bundledDistricts();
  const kecamatan = options.kecamatan ?? bundledKecamatan();
  const all = registerPlan(districts, households, seed).flatMap((plan) => {
    const share =
      plan.district.poor.get(REGISTER_YEAR)! / districts.reduce((s, d) => s + d.poor.get(REGISTER_YEAR)!, 0);
    const villages = villagesOf(
      plan.district,
      kecamatanOf(plan.district, kecamatan),
      share,
      randomFor(seed, `villages ${plan.district.code}`),
    );
    return organicHouseholds(plan, villages, seed);
  });
  const planting = plantOverlaps(all, options.plantedRate ?? PLANTED_RATE, seed);
  return {
    rows: registerRows(all),
    planted: planting.findings,
    households: all.length,
    plantedHouseholds: planting.households,
  };
}

// Sorted by area, village, household, month and programme: neighbouring rows share values, which
// Parquet's dictionary and run-length encoding compress well.
function registerRows(households: Household[]): DataRow[] {
  const sorted = [...households].sort(
    (a, b) => compare(a.area, b.area) || compare(a.village, b.village) || compare(a.id, b.id),
  );
  const rows: DataRow[] = [];
  for (const h of sorted) {
    const payments = [...h.payments].sort((a, b) => a.month - b.month || compare(a.programme, b.programme));
    for (const p of payments) rows.push(row(rows.length + 1, h, p.programme, MONTHS[p.month - 1]!, p.amount));
  }
  return rows;
}

const MONTHS = Array.from({ length: 12 }, (_, i) => monthText(i + 1));

function row(paymentId: number, h: Household, programme: string, month: string, amount: number): DataRow {
  return {
    payment_id: paymentId,
    household_id: h.id,
    area_code: h.area,
    village_code: h.village,
    desil: h.desil,
    programme_id: programme,
    month,
    amount_rp: amount,
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
