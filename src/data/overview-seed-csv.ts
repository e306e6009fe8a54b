import { fromCSV } from 'arquero';
import type { OverviewSeed } from './seed-overview.ts';

/** The citation columns, read as text (an ISO date must not become a Date). */
const CITATION = ['publisher', 'release_title', 'release_date', 'release_url', 'read_in', 'source'] as const;

const keepText = {
  area_code: String,
  period: String,
  source: String,
  kind: String,
  document: String,
  publisher: String,
  release_title: String,
  release_date: String,
  release_url: String,
  read_in: String,
  published: String,
  caveat_id: String,
  caveat_en: String,
};

/** The seed from the three CSV texts (separate from fetching so it runs under Node too). */
export function parseOverviewSeed(
  areaCode: string,
  povertyText: string,
  targetsText: string,
  nationalText: string,
): OverviewSeed {
  const poverty = rows(
    fromCSV(povertyText, { delimiter: ';', decimal: ',', parse: { ...keepText, poverty_line_rp: String } }),
    ['area_code', 'year', 'period', 'rate_pct', 'poor_thousands', ...CITATION],
  )
    .filter((d) => d.area_code === areaCode)
    .sort(by('year', 'period'))
    .map(({ area_code: _, ...d }) => d);
  const targets = rows(fromCSV(targetsText, { parse: keepText }), [
    'area_code',
    'indicator',
    'target_year',
    'target_pct',
    'target_low_pct',
    'target_high_pct',
    'kind',
    'document',
    'publisher',
    'published',
    'caveat_id',
    'caveat_en',
    'source',
  ])
    .filter((d) => d.area_code === areaCode && d.indicator === 'poverty_rate')
    .sort(by('target_year'))
    .map(({ indicator: _, ...d }) => d);
  const national = rows(fromCSV(nationalText, { parse: keepText }), [
    'year',
    'period',
    'rate_pct',
    'poor_millions',
    ...CITATION,
  ]).sort(by('year', 'period'));
  return {
    series: poverty as unknown as OverviewSeed['series'],
    targets: targets as unknown as OverviewSeed['targets'],
    national: national as unknown as OverviewSeed['national'],
  };
}

type Row = Record<string, unknown>;

// Arquero parses the CSV (decimal comma, text columns kept as text); the rows are then made, filtered and
// sorted in plain code: Arquero's filter, orderby and objects compile code with Function(), which the
// site's Content-Security-Policy (no 'unsafe-eval') refuses.
function rows(table: ReturnType<typeof fromCSV>, names: readonly string[]): Row[] {
  const columns = names.map((name) => [name, table.array(name)] as const);
  return Array.from({ length: table.numRows() }, (_, i) => Object.fromEntries(columns.map(([n, c]) => [n, c[i]])));
}

// Ascending by the given columns, as Arquero's orderby did (numbers as numbers, text as text).
function by(...keys: string[]): (a: Row, b: Row) => number {
  return (a, b) => {
    for (const key of keys) {
      const [x, y] = [a[key], b[key]] as [number | string, number | string];
      if (x < y) return -1;
      if (x > y) return 1;
    }
    return 0;
  };
}
