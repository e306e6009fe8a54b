import { sqlNumber, sqlString } from './sql-literal.ts';

/** What a target entered in the interface says: a value, or a range low..high, for an area and year. */
export interface TargetInput {
  areaCode: string;
  year: number;
  valuePct: number | null;
  lowPct: number | null;
  highPct: number | null;
  /** The document or statement the target comes from. */
  document: string;
  indicator?: string;
}

/** The source (and kind) written on every target entered in the interface, so it is marked as such. */
export const USER_SOURCE = 'entered by user';

/** Why an entered target is refused; the i18n layer turns each into a sentence. */
export type TargetIssueReason =
  'unknown-area' | 'year-out-of-range' | 'value-out-of-range' | 'low-above-high' | 'no-value' | 'missing-document';

/** One refused field of an entered target. */
export interface TargetIssueRow {
  reason: TargetIssueReason;
  field: 'area' | 'year' | 'value' | 'low' | 'high' | 'document';
}

/** The bounds an entered target must respect (the same as the targets dataset's schema). */
export const TARGET_LIMITS = Object.freeze({ minYear: 2000, maxYear: 2100, minPct: 0, maxPct: 100 });

const pct = (value: number | null): string => (value === null ? 'NULL::DOUBLE' : `${sqlNumber(value)}::DOUBLE`);

function inputCte(t: TargetInput): string {
  return `input AS (SELECT ${sqlString(t.areaCode)} AS area_code, ${sqlString(t.indicator ?? 'poverty_rate')} AS indicator, ${sqlNumber(t.year)}::DOUBLE AS target_year,
  ${pct(t.valuePct)} AS target_pct, ${pct(t.lowPct)} AS target_low_pct, ${pct(t.highPct)} AS target_high_pct, ${sqlString(t.document)} AS document)`;
}

function checks(): string {
  const { minYear, maxYear, minPct, maxPct } = TARGET_LIMITS;
  const inRange = (c: string) => `${c} NOT BETWEEN ${minPct} AND ${maxPct}`;
  const rows: [string, TargetIssueRow['field'], string][] = [
    ['unknown-area', 'area', 'area_code NOT IN (SELECT bps_code FROM areas WHERE bps_code IS NOT NULL)'],
    [
      'year-out-of-range',
      'year',
      `NOT (target_year BETWEEN ${minYear} AND ${maxYear} AND target_year = round(target_year))`,
    ],
    ['value-out-of-range', 'value', inRange('target_pct')],
    ['value-out-of-range', 'low', inRange('target_low_pct')],
    ['value-out-of-range', 'high', inRange('target_high_pct')],
    ['low-above-high', 'low', 'target_low_pct > target_high_pct'],
    ['no-value', 'value', 'target_pct IS NULL AND (target_low_pct IS NULL OR target_high_pct IS NULL)'],
    ['missing-document', 'document', "trim(document) = ''"],
  ];
  return rows
    .map(
      ([reason, field, where], i) =>
        `SELECT ${i} AS k, '${reason}' AS reason, '${field}' AS field FROM input WHERE ${where}`,
    )
    .join('\nUNION ALL ');
}

/**
 * Every reason an entered target would be refused, checked in the engine against the areas table:
 * the area must exist, the year be a whole number 2000-2100, values 0-100, low <= high, a value or both
 * ends of a range, and a document. No rows means the target may be written.
 */
export function targetIssuesSql(t: TargetInput): string {
  return `WITH ${inputCte(t)}
SELECT reason, field FROM (
${checks()}
) ORDER BY k`;
}

/**
 * Writes an entered target, replacing the one with the same area, indicator and year, in one statement:
 * the table is either as it was or has the new row. The statement runs the same checks as
 * targetIssuesSql and changes nothing when any fails.
 */
export function upsertTargetSql(t: TargetInput): string {
  return `CREATE OR REPLACE TABLE targets AS
WITH ${inputCte(t)},
ok AS (SELECT count(*) = 0 AS ok FROM (
${checks()}
))
SELECT * FROM targets
WHERE NOT (area_code = ${sqlString(t.areaCode)} AND indicator = ${sqlString(t.indicator ?? 'poverty_rate')} AND target_year = ${sqlNumber(t.year)} AND (SELECT ok FROM ok))
UNION ALL BY NAME
SELECT area_code, indicator, target_year::INTEGER AS target_year, target_pct, target_low_pct, target_high_pct,
  ${sqlString(USER_SOURCE)} AS kind, trim(document) AS document, ${sqlString(USER_SOURCE)} AS source
FROM input WHERE (SELECT ok FROM ok)
ORDER BY area_code, indicator, target_year`;
}
