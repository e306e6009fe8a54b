import type { DbConnection, ParquetDecoder } from '../connection.ts';
import type { ColumnSpec } from '../catalog.ts';
import type { ColumnMapping } from '../mapping/column-source.ts';
import { typedColumns, type DescribedColumn } from '../typed-columns.ts';
import { dropTableSql, tableColumnTypesSql } from '../../queries/stage-table.ts';
import { rawFromTableSql } from '../../queries/raw-from-table.ts';
import { rawColumn, rawPreviewSql } from '../../queries/raw-table.ts';
import { countRowsSql } from '../../queries/count-rows.ts';

/**
 * Reads a user's Parquet file into a raw table (c1, c2, … in the file's column order). A column mapped to
 * a number in the schema and already stored as a fitting number keeps its type; returns the indexes of those.
 */
export async function stageUserParquet(
  conn: DbConnection,
  bytes: Uint8Array,
  raw: string,
  decode: ParquetDecoder,
  schema: readonly ColumnSpec[],
  mapping: ColumnMapping,
): Promise<number[]> {
  const arrow = `${raw}_arrow`;
  await conn.exec(dropTableSql(arrow));
  await conn.insertArrowIPC(arrow, await decode(bytes));
  try {
    const described = await conn.query<DescribedColumn>(tableColumnTypesSql(arrow));
    const typed = typedIndexes(schema, mapping, described);
    const names = described.map((d) => d.name);
    await conn.exec(
      rawFromTableSql(
        raw,
        arrow,
        names,
        typed.map((i) => names[i]!),
      ),
    );
    return typed;
  } finally {
    await conn.exec(dropTableSql(arrow));
  }
}

// The file columns that feed a numeric schema column and already hold a fitting number type.
function typedIndexes(
  schema: readonly ColumnSpec[],
  mapping: ColumnMapping,
  described: readonly DescribedColumn[],
): number[] {
  const fed = schema.flatMap((c) => {
    const source = mapping[c.name];
    if (source?.kind !== 'column') return [];
    const file = described[source.index];
    return file ? [{ spec: { ...c, name: file.name }, index: source.index }] : [];
  });
  const typed = new Set(
    typedColumns(
      fed.map((f) => f.spec),
      described,
    ),
  );
  return fed.filter((f) => typed.has(f.spec.name)).map((f) => f.index);
}

/** The column names of a Parquet file and its first rows as text, for the mapping screen. */
export async function inspectParquet(
  conn: DbConnection,
  bytes: Uint8Array,
  decode: ParquetDecoder,
  table: string,
): Promise<{ headers: string[]; preview: string[][]; rows: number }> {
  await conn.exec(dropTableSql(table));
  await conn.insertArrowIPC(table, await decode(bytes));
  try {
    const described = await conn.query<DescribedColumn>(tableColumnTypesSql(table));
    const headers = described.map((d) => d.name);
    const raw = `${table}_raw`;
    await conn.exec(rawFromTableSql(raw, table, headers, []));
    const preview = await conn.query<Record<string, string | null>>(rawPreviewSql(raw, 20));
    const [count] = await conn.query<{ n: number }>(countRowsSql(raw));
    await conn.exec(dropTableSql(raw));
    return { headers, preview: preview.map((r) => headers.map((_, i) => r[rawColumn(i)] ?? '')), rows: count?.n ?? 0 };
  } finally {
    await conn.exec(dropTableSql(table));
  }
}
