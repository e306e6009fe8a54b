import type { AddOn, Payment } from './household.ts';
import { PKH_TRANCHES, programme } from './programmes.ts';
import type { Random } from './random.ts';

const QUARTER_MONTHS = [3, 6, 9, 12];
// Tranches a PKH or Sembako household receives in the year: many joined or left part-way.
const TRANCHE_COUNT_WEIGHTS = [0.17, 0.2, 0.21, 0.42]; // 1, 2, 3, 4 tranches
const UEP_APBD_P_SHARE = 180 / 1680; // the 180 families added by the revised budget were paid late in the year

/** PKH or Sembako tranches (March, June, September, December) for a run of consecutive quarters. */
export function quarterlyPayments(programmes: readonly string[], random: Random, pkhAmount: number): Payment[] {
  const count = random.weighted(TRANCHE_COUNT_WEIGHTS) + 1;
  const first = random.int(4 - count + 1);
  const months = QUARTER_MONTHS.slice(first, first + count);
  return programmes.flatMap((p) =>
    months.map((month) => ({ programme: p, month, amount: p === 'pkh' ? pkhAmount : programme(p).payment })),
  );
}

/** A monthly programme from the month the person entered it to December (most all year). */
export function monthlyPayments(id: string, random: Random): Payment[] {
  const start = random.next() < 0.75 ? 1 : 2 + random.int(11);
  const amount = programme(id).payment;
  return Array.from({ length: 13 - start }, (_, i) => ({ programme: id, month: start + i, amount }));
}

/** A household's PKH tranche amount, drawn once so that all its tranches agree. */
export function pkhTranche(random: Random): number {
  return PKH_TRANCHES[random.weighted(PKH_TRANCHES.map((t) => t.weight))]!.amount;
}

/** The payments of an add-on: one-offs in a plausible month, Sekolah Rakyat every month from July. */
export function addOnPayments(addOn: AddOn, random: Random): Payment[] {
  const amount = programme(addOn).payment;
  if (addOn === 'pusat_sekolah_rakyat')
    return [7, 8, 9, 10, 11, 12].map((month) => ({ programme: addOn, month, amount }));
  return [{ programme: addOn, month: oneOffMonth(addOn, random), amount }];
}

function oneOffMonth(addOn: AddOn, random: Random): number {
  if (addOn === 'kaltim_uep') return random.next() < UEP_APBD_P_SHARE ? 11 + random.int(2) : 4 + random.int(6);
  if (addOn === 'kukar_pemberdayaan') return 3 + random.int(8);
  return 2 + random.int(10);
}
