import fs from 'node:fs';
import path from 'node:path';
import type { DatasetSpec } from '../../src/data/catalog.ts';
import { areaNamesByCode, baseAreaName } from '../datasets/area-names.ts';
import { buildRows } from '../datasets/build-rows.ts';
import type { Omission } from '../datasets/build-rows.ts';
import type { DataRow } from '../datasets/cell.ts';
import type { BuiltTables, FactMapping, Problem } from '../datasets/fact-mappings.ts';
import type { FactRow } from '../datasets/fact-table.ts';
import { readFactTable } from '../datasets/fact-table.ts';

/** The committed fact file of real programme counts by district (one source address per row). */
export const SOURCED_COVERAGE_FILE = 'coverage_sourced.csv';

const same = (...names: string[]) => Object.fromEntries(names.map((n) => [n, { fact: n }]));

/**
 * How the sourced facts become `coverage` rows: carried as they are, marked `provenance = sourced`.
 * DTSEN desil counts are people in the welfare register, not beneficiaries of a programme, so they
 * stay in the facts and are left out of coverage (the build reports them).
 */
export const SOURCED_COVERAGE_MAPPING: FactMapping = {
  dataset: 'coverage',
  file: SOURCED_COVERAGE_FILE,
  columns: {
    ...same('area_code', 'year', 'programme_id', 'beneficiaries', 'unit', 'budget_rp', 'publisher', 'source'),
    provenance: { constant: 'sourced' },
  },
  notCarried: ['area_name', 'note'],
  omit: (row) =>
    row.cells.programme_id?.startsWith('dtsen_')
      ? 'a DTSEN desil count is people in the welfare register, not beneficiaries of a programme'
      : undefined,
  check: checkAreaName,
};

// The name rides along with the code; a mismatch means the code was mistyped.
function checkAreaName(row: FactRow, built: BuiltTables): Problem | undefined {
  const expected = areaNamesByCode(built.get('areas') ?? []).get(row.cells.area_code ?? '');
  if (expected === undefined || expected === baseAreaName(row.cells.area_name ?? '')) return undefined;
  return {
    column: 'area_name',
    reason: `"${row.cells.area_name}" does not name area ${row.cells.area_code} (${expected})`,
  };
}

/** The real coverage rows of the facts, checked against the catalog (programme_kinds must be built first). */
export function sourcedCoverageRows(
  factsDir: string,
  spec: DatasetSpec,
  built: BuiltTables,
): { rows: DataRow[]; omitted: Omission[] } {
  const file = path.join(factsDir, SOURCED_COVERAGE_FILE);
  const facts = readFactTable(fs.readFileSync(file, 'utf8'), `datasets/facts/${SOURCED_COVERAGE_FILE}`);
  return buildRows(facts, SOURCED_COVERAGE_MAPPING, spec, built);
}
