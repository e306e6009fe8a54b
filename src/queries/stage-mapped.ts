import { rawColumn } from './raw-table.ts';
import { sqlIdent, sqlString } from './sql-literal.ts';

/** Where a staged schema column comes from in the raw table (the user's confirmed mapping). */
export type StageSource =
  | { kind: 'column'; index: number }
  | { kind: 'constant'; value: string }
  | { kind: 'year-header' }
  | { kind: 'period-header' }
  | { kind: 'year-values' };

/** A schema column to stage: its source, whether it keeps the raw numeric type, and synonyms of its allowed values. */
export interface StagedColumn {
  name: string;
  source: StageSource;
  /** The raw column already holds a number of a fitting type (Parquet): keep it, do not turn it into text. */
  typed?: boolean;
  /** Other names of allowed values, lowercase text → allowed value ("maret" → "mar"). */
  synonyms?: Readonly<Record<string, string>>;
}

/** A year column of a wide table, unpivoted into one staged row per record and year. */
export interface WideColumn {
  index: number;
  header: string;
  year: number;
  period: 'mar' | 'sep' | null;
}

/** What staging a mapped file needs: the raw table, the staging table, the columns and any year columns. */
export interface StageMappedParams {
  raw: string;
  stage: string;
  columns: StagedColumn[];
  wide: WideColumn[];
}

function sourceExpr(source: StageSource, typed: boolean, year: WideColumn | undefined): string {
  switch (source.kind) {
    case 'column':
      return typed ? rawColumn(source.index) : `CAST(${rawColumn(source.index)} AS VARCHAR)`;
    case 'constant':
      return sqlString(source.value);
    case 'year-header':
      return year ? sqlString(String(year.year)) : 'NULL::VARCHAR';
    case 'period-header':
      return year?.period ? sqlString(year.period) : 'NULL::VARCHAR';
    case 'year-values':
      return year ? `CAST(${rawColumn(year.index)} AS VARCHAR)` : 'NULL::VARCHAR';
  }
}

// Coded values written another way ("Maret", "KK") become the allowed value; anything else is kept for validation to judge.
function withSynonyms(expr: string, synonyms: Readonly<Record<string, string>> | undefined): string {
  const pairs = Object.entries(synonyms ?? {});
  if (!pairs.length) return expr;
  const whens = pairs.map(([from, to]) => `WHEN ${sqlString(from)} THEN ${sqlString(to)}`).join(' ');
  return `CASE lower(trim(${expr})) ${whens} ELSE ${expr} END`;
}

function selectFor(p: StageMappedParams, year: WideColumn | undefined): string {
  const label = year ? sqlString(year.header) : 'NULL::VARCHAR';
  const columns = p.columns.map(
    (c) => `${withSynonyms(sourceExpr(c.source, c.typed ?? false, year), c.synonyms)} AS ${sqlIdent(c.name)}`,
  );
  return `SELECT _row, ${label} AS _col, ${columns.join(', ')} FROM ${sqlIdent(p.raw)}`;
}

/**
 * The staging of a mapped user file: schema columns from the raw table's positional columns and constants.
 * One row per record is a view over the raw table, in its order, so no copy of a large file is made. A wide
 * table is a table of one row per record and year column (`_col` names the year column's header), sorted,
 * since its cells without a figure are deleted from it.
 */
export function stageMappedSql(p: StageMappedParams): string {
  if (!p.wide.length) return `CREATE OR REPLACE TEMP VIEW ${sqlIdent(p.stage)} AS\n${selectFor(p, undefined)}`;
  return `CREATE OR REPLACE TEMP TABLE ${sqlIdent(p.stage)} AS
${p.wide.map((y) => selectFor(p, y)).join('\nUNION ALL\n')}
ORDER BY _row, _col`;
}

/** Whether a mapped file's staging is a view over its raw table (one row per record) rather than a table of its own. */
export function stagedAsView(p: Pick<StageMappedParams, 'wide'>): boolean {
  return !p.wide.length;
}

// What BPS tables write in a year cell that has no figure: nothing, a dash, or an ellipsis.
const NO_VALUE = ['-', '–', '—', '…', '...'];

function noValue(column: string): string {
  const text = `NULLIF(trim(${sqlIdent(column)}), '')`;
  return `(${text} IS NULL OR ${text} IN (${NO_VALUE.map(sqlString).join(', ')}))`;
}

/** How many year cells of a wide table hold no figure (empty, "-" or "…"); they are skipped and reported. */
export function countNoValueSql(stage: string, valueColumn: string): string {
  return `SELECT count(*)::INTEGER AS n FROM ${sqlIdent(stage)} WHERE ${noValue(valueColumn)}`;
}

/** Removes the year cells with no figure from a wide table's staging table. */
export function deleteNoValueSql(stage: string, valueColumn: string): string {
  return `DELETE FROM ${sqlIdent(stage)} WHERE ${noValue(valueColumn)}`;
}
