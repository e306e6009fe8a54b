import type { ColumnType } from './column-types.ts';
import { sqlIdent } from './sql-literal.ts';

/** How numbers are written in a staged (all-text) table: decimal point or decimal comma. */
export type DecimalMark = '.' | ',';

/** The SQL type a column of the schema is stored as. */
export const SQL_TYPE: Record<ColumnType, string> = { text: 'VARCHAR', integer: 'INTEGER', number: 'DOUBLE' };

/** The text of a staged cell, trimmed, with empty strings as NULL; a cell staged typed is shown as text. */
export function textExpr(column: string, typed = false): string {
  return typed ? `CAST(${sqlIdent(column)} AS VARCHAR)` : trimmedExpr(sqlIdent(column));
}

/**
 * `NULLIF(trim(x), '')`, with the trim skipped where it changes nothing. DuckDB's trim removes Unicode space
 * separators (U+0020, U+00A0, U+3000, …); among ASCII characters only U+0020 is one, so a cell of ASCII
 * characters that neither starts nor ends with a space is trimmed already. Trimming every cell cost as much
 * as copying it: a third of checking and saving a large file.
 */
export function trimmedExpr(x: string): string {
  const trimmed = `strlen(${x}) = length(${x}) AND NOT (starts_with(${x}, ' ') OR ends_with(${x}, ' '))`;
  return `CASE WHEN ${trimmed} THEN NULLIF(${x}, '') ELSE NULLIF(trim(${x}), '') END`;
}

// What a number must look like before it is cast: TRY_CAST alone rounds '2023.5' to the INTEGER
// 2024 and reads 'nan' and 'inf' as DOUBLE, so a fraction or a non-finite value would pass.
const NUMBER_PATTERN: Record<Exclude<ColumnType, 'text'>, string> = {
  integer: '[+-]?[0-9]+',
  number: '[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?',
};

// With a decimal comma a dot may only group thousands: one to three digits, then groups of exactly three
// ("866.193", "1.250.000"). A dot anywhere else ("60.86", "12.5") is a decimal point written the other
// way, and stripping it would make 60.86 into 6086: such a cell does not parse, and is reported as such.
const INTEGER_PART_COMMA = '([0-9]{1,3}([.][0-9]{3})+|[0-9]+)';
const COMMA_PATTERN: Record<Exclude<ColumnType, 'text'>, string> = {
  integer: `[+-]?${INTEGER_PART_COMMA}`,
  number: `[+-]?(${INTEGER_PART_COMMA}(,[0-9]*)?|,[0-9]+)([eE][+-]?[0-9]+)?`,
};

/**
 * A staged text cell parsed to its schema type, NULL where it does not parse.
 * With a decimal comma the dot groups thousands ("866.193" is 866193, not 866.193), and only where
 * thousands are grouped: "60.86" does not parse (see {@link decimalPointExpr}).
 * A `typed` column was staged with a type that fits the schema (from Parquet): it is only cast.
 */
export function parseExpr(column: string, type: ColumnType, decimal: DecimalMark, typed = false): string {
  if (typed) return typedExpr(column, type);
  const text = textExpr(column);
  if (type === 'text') return text;
  if (decimal === '.')
    return `TRY_CAST(CASE WHEN regexp_full_match(${text}, '${NUMBER_PATTERN[type]}') THEN ${text} END AS ${SQL_TYPE[type]})`;
  const numeric = `replace(replace(${text}, '.', ''), ',', '.')`;
  return `TRY_CAST(CASE WHEN regexp_full_match(${text}, '${COMMA_PATTERN[type]}') THEN ${numeric} END AS ${SQL_TYPE[type]})`;
}

/**
 * True where a cell of a decimal-comma file writes its decimals with a point ("60.86"): a number the file's
 * own convention cannot read, reported with its own reason so the planner knows what to change.
 */
export function decimalPointExpr(column: string): string {
  return `regexp_full_match(${textExpr(column)}, '[+-]?[0-9]*[.][0-9]+') AND NOT regexp_full_match(${textExpr(column)}, '[+-]?${INTEGER_PART_COMMA}')`;
}

// A column staged with its own numeric type (from Parquet) needs no parsing: it is cast, NULL where it
// does not fit (a BIGINT beyond INTEGER, a fraction for an integer column, NaN or infinity).
function typedExpr(column: string, type: ColumnType): string {
  const c = sqlIdent(column);
  if (type === 'number') return `TRY_CAST(CASE WHEN isfinite(TRY_CAST(${c} AS DOUBLE)) THEN ${c} END AS DOUBLE)`;
  return `TRY_CAST(${c} AS ${SQL_TYPE[type]})`;
}
