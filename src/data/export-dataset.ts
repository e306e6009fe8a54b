import type { DbConnection } from './connection.ts';
import type { DatasetSpec } from './catalog.ts';
import { exportRowsSql } from '../queries/export-csv.ts';
import { csvBytes, type CsvStyle, type CsvValue } from '../domain/csv-text.ts';

/**
 * The rows of a dataset's live table as CSV bytes, in key order, written by the one CSV writer: a BOM,
 * the style's delimiter and decimal mark, CRLF, and every text a spreadsheet would run as a formula guarded.
 */
export async function exportDatasetCsv(conn: DbConnection, spec: DatasetSpec, style: CsvStyle): Promise<Uint8Array> {
  const names = spec.columns.map((c) => c.name);
  const rows = await conn.query(exportRowsSql({ table: spec.table, columns: spec.columns, orderBy: spec.key }));
  return csvBytes(
    names,
    rows.map((r) => names.map((n) => r[n] as CsvValue)),
    style,
  );
}
