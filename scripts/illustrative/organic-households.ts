import { householdId } from './household-id.ts';
import type { AddOn, Household, Payment, Role } from './household.ts';
import { addOnPayments, monthlyPayments, pkhTranche, quarterlyPayments } from './payment-schedules.ts';
import { randomFor } from './random.ts';
import type { Random } from './random.ts';
import type { DistrictPlan } from './register-plan.ts';
import type { Village } from './villages.ts';

const ADD_ONS: readonly AddOn[] = ['kaltim_uep', 'kukar_pemberdayaan', 'kukar_rehabilitasi', 'pusat_sekolah_rakyat'];
const BASE_COMBOS: readonly (readonly string[])[] = [['pkh'], ['sembako'], ['pkh', 'sembako']];
const BASE_COMBO_WEIGHTS = [0.34, 0.54, 0.12];
const TARGETED_DESIL_WEIGHTS = [0.32, 0.28, 0.22, 0.18]; // desil 1–4
const LEAKED_DESIL_WEIGHTS = [0.34, 0.24, 0.17, 0.12, 0.08, 0.05]; // desil 5–10

/**
 * A district's households as a clean register would hold them: no household gets two programmes of
 * one kind, both sides of an overlap rule, or one programme twice in a month (so zero findings).
 */
export function organicHouseholds(plan: DistrictPlan, villages: readonly Village[], seed: number): Household[] {
  const random = randomFor(seed, `register ${plan.district.code}`);
  const leakage = 0.08 + 0.09 * random.next(); // households above desil 4: 8–17%, differing by district
  const pickVillage = villagePicker(villages);
  return Array.from({ length: plan.households }, (_, k) => {
    const { role, addOn } = slotOf(plan, k);
    return {
      id: householdId(plan.firstIndex + k, seed),
      area: plan.district.code,
      village: pickVillage(random),
      desil: desilOf(random, leakage, addOn === 'pusat_sekolah_rakyat'),
      role,
      addOn,
      payments: [...rolePayments(role, random), ...(addOn ? addOnPayments(addOn, random) : [])],
    };
  });
}

// Special households come first in a district's sequence; ids are hashed and villages drawn, so the
// order leaves no trace in the register.
function slotOf(plan: DistrictPlan, k: number): { role: Role; addOn: AddOn | null } {
  const roles: [Role, number][] = [
    ['rapak', plan.rapak],
    ['perlindungan', plan.perlindungan],
    ['pangan', plan.pangan],
  ];
  let at = k;
  for (const [role, count] of roles) {
    if (at < count) return { role, addOn: null };
    at -= count;
  }
  for (const addOn of ADD_ONS) {
    if (at < plan.addOns[addOn]) return { role: 'base', addOn };
    at -= plan.addOns[addOn];
  }
  return { role: 'base', addOn: null };
}

// Residents of the home get nothing else; Kukar's cash and food recipients may hold the other kind
// from the national programmes, never the same kind.
function rolePayments(role: Role, random: Random): Payment[] {
  if (role === 'rapak') return monthlyPayments('kaltim_rapak_dalam', random);
  if (role === 'perlindungan')
    return [
      ...monthlyPayments('kukar_perlindungan', random),
      ...(random.next() < 0.4 ? quarterlyPayments(['sembako'], random, 0) : []),
    ];
  if (role === 'pangan')
    return [
      ...monthlyPayments('kukar_pangan', random),
      ...(random.next() < 0.35 ? quarterlyPayments(['pkh'], random, pkhTranche(random)) : []),
    ];
  return quarterlyPayments(BASE_COMBOS[random.weighted(BASE_COMBO_WEIGHTS)]!, random, pkhTranche(random));
}

// Sekolah Rakyat admits only desil 1 and 2; elsewhere a share of households leaks above desil 4.
function desilOf(random: Random, leakage: number, schoolOnly: boolean): number {
  if (schoolOnly) return random.next() < 0.55 ? 1 : 2;
  if (random.next() < leakage) return 5 + random.weighted(LEAKED_DESIL_WEIGHTS);
  return 1 + random.weighted(TARGETED_DESIL_WEIGHTS);
}

function villagePicker(villages: readonly Village[]): (random: Random) => string {
  const cumulative: number[] = [];
  let total = 0;
  for (const v of villages) cumulative.push((total += v.weight));
  return (random) => {
    const target = random.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > target) hi = mid;
      else lo = mid + 1;
    }
    return villages[lo]!.code;
  };
}
