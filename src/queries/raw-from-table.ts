import { rawColumn } from './raw-table.ts';
import { sqlIdent } from './sql-literal.ts';

/**
 * A raw staging table from a typed table (a Parquet file ingested as Arrow): records numbered from 1 and
 * columns renamed c1, c2, … in order. Columns listed in `keepTyped` keep their numeric type; the rest become text.
 */
export function rawFromTableSql(raw: string, source: string, columns: string[], keepTyped: string[]): string {
  const select = columns.map((c, i) => {
    const value = keepTyped.includes(c) ? sqlIdent(c) : `CAST(${sqlIdent(c)} AS VARCHAR)`;
    return `${value} AS ${rawColumn(i)}`;
  });
  return `CREATE OR REPLACE TEMP TABLE ${sqlIdent(raw)} AS
SELECT row_number() OVER ()::INTEGER AS _row${select.map((s) => `, ${s}`).join('')}
FROM ${sqlIdent(source)}`;
}
