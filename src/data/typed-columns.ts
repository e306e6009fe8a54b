import type { ColumnSpec } from './catalog.ts';
import { SQL_TYPE } from '../queries/parse-value.ts';

const INTEGER_TYPES = new Set([
  'TINYINT',
  'SMALLINT',
  'INTEGER',
  'BIGINT',
  'HUGEINT',
  'UTINYINT',
  'USMALLINT',
  'UINTEGER',
  'UBIGINT',
]);
const NUMBER_TYPES = new Set([...INTEGER_TYPES, 'FLOAT', 'DOUBLE']);

/** A column of a staged table with its DuckDB type (from DESCRIBE). */
export interface DescribedColumn {
  name: string;
  type: string;
}

/**
 * The schema's integer and number columns that a Parquet file already stores as numbers of a fitting
 * kind: they are validated as values instead of being turned into text and parsed back. Text columns
 * always take the text path (trimmed, empty as missing), whatever the file says.
 */
export function typedColumns(schema: readonly ColumnSpec[], described: readonly DescribedColumn[]): string[] {
  return schema
    .filter((c) => {
      const type = described.find((d) => d.name === c.name)?.type.replace(/\(.*\)$/, '');
      if (!type) return false;
      if (c.type === 'integer') return INTEGER_TYPES.has(type);
      return c.type === 'number' && (NUMBER_TYPES.has(type) || type === 'DECIMAL');
    })
    .map((c) => c.name);
}

/** Whether a table has exactly the live table's columns: the schema's names in order, each of its SQL type. */
export function hasLiveShape(schema: readonly ColumnSpec[], described: readonly DescribedColumn[]): boolean {
  return (
    described.length === schema.length &&
    schema.every((c, i) => described[i]!.name === c.name && described[i]!.type === SQL_TYPE[c.type])
  );
}
