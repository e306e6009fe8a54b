import type { DataRow } from './cell.ts';
import type { CsvNumbers } from './csv-format.ts';
import type { FactRow } from './fact-table.ts';
import { areaNamesByCode, baseAreaName } from './area-names.ts';

/** Where a dataset column comes from: a fact column, or one text for every row. */
export type ColumnSource = { fact: string } | { constant: string };

/** Datasets built so far, by table name, for checks that look across files. */
export type BuiltTables = ReadonlyMap<string, readonly DataRow[]>;

/** A problem found by a cross-check, named by the fact column at fault. */
export interface Problem {
  column: string;
  reason: string;
}

/** How one fact file becomes one catalog dataset. */
export interface FactMapping {
  dataset: string;
  file: string;
  columns: Record<string, ColumnSource>;
  /** Fact columns read only for checks; any other unmapped fact column stops the build. */
  notCarried: string[];
  /** Why a row is deliberately left out (reported, never silent), or undefined to keep it. */
  omit?: (row: FactRow) => string | undefined;
  check?: (row: FactRow, built: BuiltTables) => Problem | undefined;
  csv?: CsvNumbers;
}

const AREAS_SOURCE =
  'BPS Kalimantan Timur (codes, names, 2025 population projection); Kemendagri codes: idn-area-data administrative list; ' +
  'approx_lat/approx_lon: approximate centre for schematic placement only';

/** The citation of a sourced row: the original release first, then where it was read (source). */
const CITATION = ['publisher', 'release_title', 'release_date', 'release_url', 'read_in', 'citation_note'] as const;

const same = (...names: string[]): Record<string, ColumnSource> =>
  Object.fromEntries(names.map((n) => [n, { fact: n }]));

/** The four committed fact files and the datasets they feed, in build order (areas first: others reference it). */
export const FACT_MAPPINGS: readonly FactMapping[] = [
  {
    dataset: 'areas',
    file: 'areas.csv',
    columns: {
      ...same('bps_code', 'kemendagri_code', 'name', 'short_name', 'type', 'seat', 'population_2025_thousands', 'approx_lat', 'approx_lon'),
      source: { constant: AREAS_SOURCE },
    },
    notCarried: [],
  },
  {
    dataset: 'poverty',
    file: 'kaltim_poverty_bps.csv',
    columns: {
      ...same('area_code', 'year', 'period', 'poverty_line_rp', 'p1', 'p2', ...CITATION),
      rate_pct: { fact: 'poverty_rate_pct' },
      poor_thousands: { fact: 'poor_people_thousands' },
      source: { fact: 'source_url' },
    },
    notCarried: ['area_name'],
    omit: (row) => (row.cells.poverty_rate_pct === '' ? 'no poverty rate in the facts (only a count of poor people), and rate_pct is required' : undefined),
    check: (row, built) => checkPublisher(row) ?? checkAreaName(row, built),
    // BPS tables print 866.193 for the line and two decimals (or the three reported) for the rest.
    csv: { groupThousands: ['poverty_line_rp'], minDecimals: { rate_pct: 2, poor_thousands: 2, p1: 2, p2: 2 } },
  },
  {
    dataset: 'national',
    file: 'national_poverty_bps.csv',
    columns: { ...same('year', 'period', 'rate_pct', 'poor_millions', ...CITATION), source: { fact: 'source_url' } },
    notCarried: [],
    omit: (row) => (row.cells.rate_pct === '' ? 'no national rate for this round (BPS published none)' : undefined),
    check: (row) => checkPublisher(row),
    csv: { minDecimals: { rate_pct: 2, poor_millions: 2 } },
  },
  {
    dataset: 'targets',
    file: 'targets.csv',
    columns: {
      ...same('area_code', 'indicator', 'target_year', 'target_pct', 'target_low_pct', 'target_high_pct', 'kind', 'document', 'publisher', 'published', 'citation_note', 'caveat_id', 'caveat_en'),
      source: { fact: 'source_url' },
    },
    notCarried: ['area_name'],
    omit: (row) => (row.cells.area_code === 'ID' ? 'national target: the bundle has no national poverty series to track it against' : undefined),
    check: (row, built) => checkPublisher(row) ?? checkAreaName(row, built) ?? checkTargetValue(row),
  },
  {
    dataset: 'programmes',
    file: 'programmes_facts.csv',
    columns: same('programme_id', 'level', 'owner', 'name_id', 'name_en', 'pillar', 'benefit', 'unit', 'target_group', 'stated_scale', 'period', 'source'),
    notCarried: [],
  },
];

// Every real row names who first published it; the page it was read on comes second.
function checkPublisher(row: FactRow): Problem | undefined {
  return row.cells.publisher?.trim() ? undefined : { column: 'publisher', reason: 'no publisher: every sourced row names who first published it (BPS, a Dinas, a Pemkab)' };
}

// The names ride along with the codes in the facts; a mismatch means the code was mistyped.
function checkAreaName(row: FactRow, built: BuiltTables): Problem | undefined {
  const expected = areaNamesByCode(built.get('areas') ?? []).get(row.cells.area_code ?? '');
  const given = baseAreaName(row.cells.area_name ?? '');
  if (expected === undefined || expected === given) return undefined; // unknown codes fail the reference check
  return { column: 'area_name', reason: `"${row.cells.area_name}" does not name area ${row.cells.area_code} (${expected})` };
}

function checkTargetValue(row: FactRow): Problem | undefined {
  const { target_pct: point, target_low_pct: low, target_high_pct: high } = row.cells;
  if ((low === '') !== (high === '')) return { column: 'target_low_pct', reason: 'a range needs both ends' };
  if (point === '' && low === '') return { column: 'target_pct', reason: 'neither a target nor a range is given' };
  if (low !== '' && Number(low) > Number(high)) return { column: 'target_low_pct', reason: `the range ${low}–${high} is reversed` };
  return undefined;
}
