import { parseExpr, textExpr, type DecimalMark } from './parse-value.ts';
import { sqlIdent, sqlString } from './sql-literal.ts';
import type { IssueColumnLabel } from './validate-staged.ts';

/** Why a value that passed every check is still not believable (a warning: the row loads). */
export type PlausibilityReason = 'implausible-count' | 'implausible-line';

/** What the plausibility query needs: the staged rows, how they write numbers, and how columns are named. */
export interface PlausibilityParams {
  stage: string;
  /** The schema columns the file fills. */
  present: readonly string[];
  decimal: DecimalMark;
  typed?: readonly string[];
  labels?: Readonly<Record<string, IssueColumnLabel>>;
  /** Rows left out (only the valid rows are loaded): they get no warning. */
  rejected?: string | null;
  limit?: number;
}

function label(p: PlausibilityParams, column: string): string {
  const l = p.labels?.[column];
  return l === 'year-column' ? 's._col' : sqlString(l?.header ?? column);
}

const parsed = (p: PlausibilityParams, column: string) =>
  parseExpr(column, 'number', p.decimal, p.typed?.includes(column) ?? false);
const shown = (p: PlausibilityParams, column: string) => textExpr(column, p.typed?.includes(column) ?? false);

/**
 * Values that pass the schema's checks but cannot be right, with the file's row and column: more poor
 * people (thousands) than the area's whole population (the `areas` table's 2025 projection), and a poverty
 * line outside half the lowest to twice the highest line of the data in use. Empty (no query) when the file
 * fills none of these columns. The staged area codes must already be BPS codes (after the crosswalk).
 */
export function implausibleValuesSql(p: PlausibilityParams): string | null {
  const stage = `${sqlIdent(p.stage)} AS s`;
  const kept = p.rejected ? ` AND s._row NOT IN (SELECT _row FROM ${sqlIdent(p.rejected)})` : '';
  const parts: string[] = [];
  if (p.present.includes('poor_thousands') && p.present.includes('area_code')) {
    const poor = parsed(p, 'poor_thousands');
    parts.push(`SELECT s._row, ${label(p, 'poor_thousands')} AS "column", ${shown(p, 'poor_thousands')} AS value,
  'implausible-count' AS reason, CAST(a.population_2025_thousands AS VARCHAR) AS expected
FROM ${stage} JOIN areas AS a ON a.bps_code = trim(CAST(s.area_code AS VARCHAR))
WHERE ${poor} > a.population_2025_thousands${kept}`);
  }
  if (p.present.includes('poverty_line_rp')) {
    const line = parsed(p, 'poverty_line_rp');
    parts.push(`SELECT s._row, ${label(p, 'poverty_line_rp')} AS "column", ${shown(p, 'poverty_line_rp')} AS value,
  'implausible-line' AS reason,
  CAST(round(b.lo / 2) AS BIGINT)::VARCHAR || '–' || CAST(round(b.hi * 2) AS BIGINT)::VARCHAR AS expected
FROM ${stage}, (SELECT min(poverty_line_rp) AS lo, max(poverty_line_rp) AS hi FROM poverty) AS b
WHERE b.lo IS NOT NULL AND (${line} < b.lo / 2 OR ${line} > b.hi * 2)${kept}`);
  }
  if (!parts.length) return null;
  return `${parts.join('\nUNION ALL\n')}\nORDER BY _row, "column" LIMIT ${Math.max(1, Math.trunc(p.limit ?? 1000))}`;
}
