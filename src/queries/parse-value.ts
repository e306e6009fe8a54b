import type { ColumnType } from './column-types.ts';
import { sqlIdent } from './sql-literal.ts';

/** How numbers are written in a staged (all-text) table: decimal point or decimal comma. */
export type DecimalMark = '.' | ',';

/** The SQL type a column of the schema is stored as. */
export const SQL_TYPE: Record<ColumnType, string> = { text: 'VARCHAR', integer: 'INTEGER', number: 'DOUBLE' };

/** The text of a staged cell, trimmed, with empty strings as NULL; a cell staged typed is shown as text. */
export function textExpr(column: string, typed = false): string {
  return typed ? `CAST(${sqlIdent(column)} AS VARCHAR)` : `NULLIF(trim(${sqlIdent(column)}), '')`;
}

// What a number must look like before it is cast: TRY_CAST alone rounds '2023.5' to the INTEGER
// 2024 and reads 'nan' and 'inf' as DOUBLE, so a fraction or a non-finite value would pass.
const NUMBER_PATTERN: Record<Exclude<ColumnType, 'text'>, string> = {
  integer: '[+-]?[0-9]+',
  number: '[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?',
};

/**
 * A staged text cell parsed to its schema type, NULL where it does not parse.
 * With a decimal comma the dot is a thousands separator ("866.193" is 866193, not 866.193).
 * A `typed` column was staged with a type that fits the schema (from Parquet): it is only cast.
 */
export function parseExpr(column: string, type: ColumnType, decimal: DecimalMark, typed = false): string {
  if (typed) return typedExpr(column, type);
  const text = textExpr(column);
  if (type === 'text') return text;
  const numeric = decimal === ',' ? `replace(replace(${text}, '.', ''), ',', '.')` : text;
  return `TRY_CAST(CASE WHEN regexp_full_match(${numeric}, '${NUMBER_PATTERN[type]}') THEN ${numeric} END AS ${SQL_TYPE[type]})`;
}

// A column staged with its own numeric type (from Parquet) needs no parsing: it is cast, NULL where it
// does not fit (a BIGINT beyond INTEGER, a fraction for an integer column, NaN or infinity).
function typedExpr(column: string, type: ColumnType): string {
  const c = sqlIdent(column);
  if (type === 'number') return `TRY_CAST(CASE WHEN isfinite(TRY_CAST(${c} AS DOUBLE)) THEN ${c} END AS DOUBLE)`;
  return `TRY_CAST(${c} AS ${SQL_TYPE[type]})`;
}
