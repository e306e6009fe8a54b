import type { DataRow } from '../datasets/cell.ts';
import { sortByKey } from '../datasets/sort-rows.ts';

/** A default rule: a household should not hold programme_a and programme_b in the same window. */
export interface OverlapRule {
  ruleId: string;
  programmeA: string;
  programmeB: string;
  window: 'month' | 'year';
  reasonId: string;
  reasonEn: string;
}

/** Pantau's default overlap rules R1–R4 (an assumption to edit, not a regulation). */
export const OVERLAP_RULES: readonly OverlapRule[] = [
  rule(
    'R1',
    'kaltim_rapak_dalam',
    'kukar_pangan',
    'month',
    'Penghuni panti sudah diberi makan oleh panti.',
    'A resident is already fed by the home.',
  ),
  rule(
    'R2',
    'kaltim_rapak_dalam',
    'sembako',
    'month',
    'Penghuni panti sudah diberi makan oleh panti.',
    'A resident is already fed by the home.',
  ),
  rule(
    'R3',
    'kaltim_rapak_dalam',
    'kukar_perlindungan',
    'month',
    'Bantuan tunai untuk warga terlantar tidak perlu selama ia dirawat di panti.',
    'Cash for neglected people is not needed while they live in residential care.',
  ),
  rule(
    'R4',
    'kaltim_uep',
    'kukar_pemberdayaan',
    'year',
    'Modal usaha dan peralatan usaha untuk satu keluarga dalam satu tahun.',
    'Business capital and business equipment for one family in one year.',
  ),
];

function rule(
  ruleId: string,
  programmeA: string,
  programmeB: string,
  window: OverlapRule['window'],
  reasonId: string,
  reasonEn: string,
): OverlapRule {
  return { ruleId, programmeA, programmeB, window, reasonId, reasonEn };
}

const SOURCE =
  "Pantau default rule (illustrative): after Dinsos Kukar's monthly check that aid is 'adil dan tidak dobel' " +
  '(datasets/sources/dinsos-kukar-2025-06-18.txt); an assumption to edit, not a regulation';

/** The overlap_rules rows, by rule_id. */
export function overlapRuleRows(): DataRow[] {
  const rows = OVERLAP_RULES.map((r) => ({
    rule_id: r.ruleId,
    programme_a: r.programmeA,
    programme_b: r.programmeB,
    window: r.window,
    reason_id: r.reasonId,
    reason_en: r.reasonEn,
    source: SOURCE,
  }));
  return sortByKey(rows, ['rule_id']);
}
