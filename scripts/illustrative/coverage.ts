import type { DataRow } from '../datasets/cell.ts';
import { sortByKey } from '../datasets/sort-rows.ts';
import { coverageCounts } from './coverage-counts.ts';
import type { CoverageCount } from './coverage-counts.ts';
import type { District } from './districts.ts';
import { paymentsInYear, programme } from './programmes.ts';
import { illustrativeSource } from './settings.ts';

/** The coverage rows: beneficiaries and budget by district, year (2023–2026) and programme. */
export function coverageRows(districts: readonly District[], seed: number): DataRow[] {
  const source = illustrativeSource(seed);
  return sortByKey(coverageCounts(districts, seed).map((c) => coverageRow(c, source)), ['area_code', 'year', 'programme_id']);
}

// Budget is beneficiaries × the programme's payment × payments in that year (cash or in-kind value).
function coverageRow(c: CoverageCount, source: string): DataRow {
  const p = programme(c.programme);
  return {
    area_code: c.area,
    year: c.year,
    programme_id: c.programme,
    beneficiaries: c.beneficiaries,
    unit: p.unit,
    budget_rp: c.beneficiaries * p.payment * paymentsInYear(p, c.year),
    source,
  };
}
