import type { DatasetSpec } from '../../src/data/catalog.ts';
import type { DbConnection, ParquetDecoder } from '../../src/data/connection.ts';
import { hasLiveShape, type DescribedColumn } from '../../src/data/typed-columns.ts';
import { differingRowsSql } from '../../src/queries/differing-rows.ts';
import { dropTableSql, tableColumnTypesSql } from '../../src/queries/stage-table.ts';

/**
 * Whether a Parquet file read as Arrow is already the live table that the full check made of it (the
 * proof's `canonical`): the same columns in order, of the same types, with the same values in the same order.
 * Call right after `loadDataset` checked the file in full into `spec.table`.
 */
export async function isCanonical(
  conn: DbConnection,
  spec: DatasetSpec,
  bytes: Uint8Array,
  decode: ParquetDecoder,
): Promise<boolean> {
  const raw = `_canonical_${spec.table}`;
  try {
    await conn.insertArrowIPC(raw, await decode(bytes));
    const described = await conn.query<DescribedColumn>(tableColumnTypesSql(raw));
    if (!hasLiveShape(spec.columns, described)) return false;
    const [row] = await conn.query<{ differing: number }>(differingRowsSql(raw, spec.table));
    return row!.differing === 0;
  } finally {
    await conn.exec(dropTableSql(raw));
  }
}
