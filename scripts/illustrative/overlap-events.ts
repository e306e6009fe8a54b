import { monthsOf, receives } from './household.ts';
import type { Household } from './household.ts';
import { OVERLAP_RULES } from './overlap-rules.ts';
import { ruleFinding, sameKindFinding } from './planted-finding.ts';
import type { PlantedFinding } from './planted-finding.ts';
import { programme } from './programmes.ts';
import type { Random } from './random.ts';

/** A kind of planted overlap: which households can take it, and what it adds and yields. */
export interface OverlapEvent {
  type: string;
  /** Share of planted households given this event (before pools run short). */
  weight: number;
  /** True when planting on this household yields exactly the findings `plant` returns, no more. */
  eligible: (h: Household) => boolean;
  /** Households to draw half the events from when there are enough (the home's real residents). */
  prefer?: (h: Household) => boolean;
  /** Adds the overlapping payment(s) to the household and returns the findings they make. */
  plant: (h: Household, random: Random) => PlantedFinding[];
}

const KUKAR = '6403';
const RAPAK = 'kaltim_rapak_dalam';

const isResident = (h: Household): boolean => h.role === 'rapak';

// Weights keep planted payments from distorting programme sizes: the home-rule events are few, as
// the home has 200 places, and half of them fall on its real residents; the same-kind events add a
// national tranche to a Kukar scheme's recipient, not a Kukar payment to a national one.
/** The planted event types, scarcest first: they pick their households before the duplicates do. */
export const OVERLAP_EVENTS: readonly OverlapEvent[] = [
  {
    type: 'R1 home resident fed by Kukar food aid',
    weight: 0.006,
    eligible: (h) => isKukar(h) && (h.role === 'pangan' || isResident(h)),
    prefer: isResident,
    plant: (h, r) => plantHomeRule(h, r, 'R1'),
  },
  {
    type: 'R3 home resident on Kukar cash aid',
    weight: 0.006,
    eligible: (h) => isKukar(h) && (isResident(h) || perlindunganMonthsFreeOfSembako(h).length > 0),
    prefer: isResident,
    plant: (h, r) => plantHomeRule(h, r, 'R3'),
  },
  {
    type: 'R2 home resident on Sembako',
    weight: 0.012,
    eligible: (h) => isResident(h) || (h.role === 'base' && receives(h, 'sembako')),
    prefer: isResident,
    plant: (h, r) => plantHomeRule(h, r, 'R2'),
  },
  {
    type: 'R4 business grant and equipment, same month',
    weight: 0.015,
    eligible: isKukarBusiness,
    plant: (h, r) => plantBusiness(h, r, true),
  },
  {
    type: 'R4 business grant and equipment, same year',
    weight: 0.015,
    eligible: isKukarBusiness,
    plant: (h, r) => plantBusiness(h, r, false),
  },
  {
    type: 'same kind: Kukar cash and PKH',
    weight: 0.1,
    eligible: (h) => h.role === 'perlindungan' && quarterMonths(h, 'kukar_perlindungan').length > 0,
    plant: (h, r) => plantSameKind(h, r, 'kukar_perlindungan', 'pkh'),
  },
  {
    type: 'same kind: Kukar food and Sembako',
    weight: 0.1,
    eligible: (h) => h.role === 'pangan' && quarterMonths(h, 'kukar_pangan').length > 0,
    plant: (h, r) => plantSameKind(h, r, 'kukar_pangan', 'sembako'),
  },
  { type: 'duplicate payment', weight: 0.746, eligible: (h) => h.payments.length > 0, plant: plantDuplicate },
];

function isKukar(h: Household): boolean {
  return h.area === KUKAR;
}

function isKukarBusiness(h: Household): boolean {
  return isKukar(h) && (h.addOn === 'kaltim_uep' || h.addOn === 'kukar_pemberdayaan');
}

function pickOne<T>(items: readonly T[], random: Random): T {
  if (items.length === 0) throw new Error('planting needs at least one candidate');
  return items[random.int(items.length)]!;
}

function pay(h: Household, id: string, month: number): void {
  h.payments.push({ programme: id, month, amount: programme(id).payment });
}

// The same payment made twice in its month (same amount): same-kind finding of a programme with itself.
function plantDuplicate(h: Household, random: Random): PlantedFinding[] {
  const p = pickOne(h.payments, random);
  h.payments.push({ ...p });
  return [sameKindFinding(h.id, p.programme, p.programme, p.month)];
}

// A national tranche (March, June, September, December) paid in a month the household already had the
// Kukar scheme of the same kind. Kukar cash households hold no PKH and Kukar food ones no Sembako, and
// neither lives in the home, so this is the only finding.
function plantSameKind(h: Household, random: Random, kukar: string, national: string): PlantedFinding[] {
  const month = pickOne(quarterMonths(h, kukar), random);
  pay(h, national, month);
  return [sameKindFinding(h.id, kukar, national, month)];
}

function quarterMonths(h: Household, id: string): number[] {
  return monthsOf(h, id).filter((m) => m % 3 === 0);
}

// A home resident paid the rule's other programme in a month of residence, or a recipient of it
// registered as a resident in a month it was paid; either way one monthly rule finding.
function plantHomeRule(h: Household, random: Random, ruleId: 'R1' | 'R2' | 'R3'): PlantedFinding[] {
  const rule = OVERLAP_RULES.find((r) => r.ruleId === ruleId)!;
  const resident = h.role === 'rapak';
  const months = resident
    ? monthsOf(h, RAPAK)
    : ruleId === 'R3'
      ? perlindunganMonthsFreeOfSembako(h)
      : monthsOf(h, rule.programmeB);
  const month = pickOne(months, random);
  pay(h, resident ? rule.programmeB : RAPAK, month);
  return [ruleFinding(h.id, rule, month)];
}

// Outside the home a Kukar cash recipient may hold Sembako; a resident month must avoid it, or R2 fires too.
function perlindunganMonthsFreeOfSembako(h: Household): number[] {
  if (h.role !== 'perlindungan') return [];
  const sembako = new Set(monthsOf(h, 'sembako'));
  return monthsOf(h, 'kukar_perlindungan').filter((m) => !sembako.has(m));
}

// The other business programme in the same month (same kind + R4) or another month of the year (R4 only).
function plantBusiness(h: Household, random: Random, sameMonth: boolean): PlantedFinding[] {
  const rule = OVERLAP_RULES.find((r) => r.ruleId === 'R4')!;
  const held = h.addOn === 'kaltim_uep' ? 'kaltim_uep' : 'kukar_pemberdayaan';
  const other = held === 'kaltim_uep' ? 'kukar_pemberdayaan' : 'kaltim_uep';
  const first = monthsOf(h, held)[0]!;
  const second = sameMonth
    ? first
    : pickOne(
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].filter((m) => m !== first),
        random,
      );
  pay(h, other, second);
  const findings = [ruleFinding(h.id, rule, Math.max(first, second))];
  return sameMonth ? [sameKindFinding(h.id, held, other, first), ...findings] : findings;
}
