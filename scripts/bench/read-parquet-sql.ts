// Bench-only SQL: native DuckDB reads the bundle's files directly (the app's loader needs duckdb-wasm).
import type { ColumnRule } from '../../src/queries/column-types.ts';
import { SQL_TYPE } from '../../src/queries/parse-value.ts';
import { sqlIdent, sqlString } from '../../src/queries/sql-literal.ts';

/**
 * A table named and typed as the app's loader would make it (the catalog's columns, cast to the
 * types promotion gives them), read from a Parquet file in file order.
 */
export function readParquetTableSql(table: string, file: string, columns: ColumnRule[]): string {
  const select = columns
    .map((c) => `CAST(${sqlIdent(c.name)} AS ${SQL_TYPE[c.type]}) AS ${sqlIdent(c.name)}`)
    .join(',\n  ');
  return `CREATE OR REPLACE TABLE ${sqlIdent(table)} AS
SELECT
  ${select}
FROM read_parquet(${sqlString(file)})`;
}
