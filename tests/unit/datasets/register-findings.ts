import type { DataRow } from '../../../scripts/datasets/cell.ts';
import type { PlantedFinding } from '../../../scripts/illustrative/planted-finding.ts';

/** A rule as the overlap_rules rows give it. */
interface RuleRow {
  rule_id: string;
  programme_a: string;
  programme_b: string;
  window: string;
}

/**
 * The overlap findings of register rows, straight from the contract's definition and written
 * independently of the generator's planting code: every pair of one household's rows is tested
 * against "same kind in the same month" and against each rule in its window.
 */
export function findOverlaps(rows: readonly DataRow[], kinds: readonly DataRow[], rules: readonly DataRow[]): PlantedFinding[] {
  const kindOf = new Map(kinds.map((k) => [String(k.programme_id), String(k.kind)]));
  const ruleRows = rules as unknown as RuleRow[];
  const found = new Map<string, PlantedFinding>();
  for (const group of byHousehold(rows).values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) pairFindings(group[i]!, group[j]!, kindOf, ruleRows).forEach((f) => keep(found, f));
    }
  }
  return [...found.values()];
}

function byHousehold(rows: readonly DataRow[]): Map<string, DataRow[]> {
  const groups = new Map<string, DataRow[]>();
  for (const row of rows) {
    const id = String(row.household_id);
    const group = groups.get(id);
    if (group) group.push(row);
    else groups.set(id, [row]);
  }
  return groups;
}

function pairFindings(x: DataRow, y: DataRow, kindOf: Map<string, string>, rules: RuleRow[]): PlantedFinding[] {
  const [px, py, mx, my] = [String(x.programme_id), String(y.programme_id), String(x.month), String(y.month)];
  const household_id = String(x.household_id);
  const out: PlantedFinding[] = [];
  if (mx === my && kindOf.get(px) === kindOf.get(py)) {
    const [a, b] = px <= py ? [px, py] : [py, px];
    out.push({ household_id, check: 'same_kind', rule_id: null, programme_a: a, programme_b: b, period: mx, month: mx });
  }
  for (const r of rules) {
    const matches = (px === r.programme_a && py === r.programme_b) || (px === r.programme_b && py === r.programme_a);
    const [wx, wy] = r.window === 'month' ? [mx, my] : [mx.slice(0, 4), my.slice(0, 4)];
    if (matches && wx === wy) {
      out.push({ household_id, check: 'rule', rule_id: r.rule_id, programme_a: r.programme_a, programme_b: r.programme_b, period: wx, month: mx > my ? mx : my });
    }
  }
  return out;
}

// Several pairs making one finding are one finding, dated by the latest month among them.
function keep(found: Map<string, PlantedFinding>, f: PlantedFinding): void {
  const key = [f.household_id, f.check, f.rule_id, f.programme_a, f.programme_b, f.period].join('|');
  const seen = found.get(key);
  if (!seen || f.month > seen.month) found.set(key, f);
}

/** Findings in one canonical order, so two lists compare with toEqual. */
export function sortFindings(findings: readonly PlantedFinding[]): PlantedFinding[] {
  const key = (f: PlantedFinding) => [f.household_id, f.check, f.rule_id ?? '', f.programme_a, f.programme_b, f.period].join('|');
  return [...findings].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
