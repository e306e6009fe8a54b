import type { PlantedFinding } from './planted-finding.ts';
import type { Register } from './register.ts';

/** One line of the truth file: how many planted findings share a check, rule and programme pair. */
export interface TruthCount {
  check: PlantedFinding['check'];
  rule_id: string | null;
  programme_a: string;
  programme_b: string;
  findings: number;
}

/** The contents of datasets/register-truth.json: what was generated and the planted findings, counted. */
export interface RegisterTruth {
  note: string;
  seed: number;
  households: number;
  rows: number;
  planted_households: number;
  planted_findings: number;
  counts: TruthCount[];
}

const NOTE =
  'Synthetic register (illustrative, not real data): the overlap findings planted by scripts/illustrative, ' +
  'counted by check, rule and programme pair. Organic rows yield none.';

/** Summarises a generated register for the truth file (small: counts, not the list of findings). */
export function registerTruth(register: Register, seed: number): RegisterTruth {
  return {
    note: NOTE,
    seed,
    households: register.households,
    rows: register.rows.length,
    planted_households: register.plantedHouseholds,
    planted_findings: register.planted.length,
    counts: countFindings(register.planted),
  };
}

function countFindings(findings: readonly PlantedFinding[]): TruthCount[] {
  const counts = new Map<string, TruthCount>();
  for (const f of findings) {
    const key = [f.check, f.rule_id ?? '', f.programme_a, f.programme_b].join('|');
    const entry = counts.get(key) ?? {
      check: f.check,
      rule_id: f.rule_id,
      programme_a: f.programme_a,
      programme_b: f.programme_b,
      findings: 0,
    };
    entry.findings += 1;
    counts.set(key, entry);
  }
  return [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, c]) => c);
}
