import type { DataRow } from '../datasets/cell.ts';
import { sortByKey } from '../datasets/sort-rows.ts';
import { coverageCounts } from './coverage-counts.ts';
import type { CoverageCount } from './coverage-counts.ts';
import type { District } from './districts.ts';
import { paymentsInYear, programme } from './programmes.ts';
import { illustrativeSource } from './settings.ts';

const KEY = ['area_code', 'year', 'programme_id'];
const keyOf = (r: DataRow) => `${r.area_code}|${r.year}|${r.programme_id}`;

/**
 * The coverage rows: the sourced rows as they are, and generated beneficiaries and budget by district,
 * year (2023–2026) and programme for every key no sourced row has. A real row always wins: the
 * generator does not produce a row for its key (Kaltim UEP 2025 is the real 150 in each district).
 */
export function coverageRows(
  districts: readonly District[],
  seed: number,
  sourced: readonly DataRow[] = [],
): DataRow[] {
  const source = illustrativeSource(seed);
  const real = new Set(sourced.map(keyOf));
  const generated = coverageCounts(districts, seed)
    .filter((c) => !real.has(keyOf({ area_code: c.area, year: c.year, programme_id: c.programme })))
    .map((c) => coverageRow(c, source));
  return sortByKey([...sourced, ...generated], KEY);
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
    publisher: null,
    provenance: 'illustrative',
  };
}
