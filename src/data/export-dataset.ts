import type { DbConnection } from './connection.ts';
import type { DatasetSpec } from './catalog.ts';
import { exportCsvSql, type CsvStyle } from '../queries/export-csv.ts';
import { withUtf8Bom } from './utf8-bom.ts';

// Each export writes its own engine file, so two exports running together cannot read each other's.
let exports = 0;

/** The rows of a dataset's live table as CSV bytes (a UTF-8 BOM first in 'id' style, so Excel opens it as UTF-8). */
export async function exportDatasetCsv(conn: DbConnection, spec: DatasetSpec, style: CsvStyle): Promise<Uint8Array> {
  const file = `_export_${spec.table}_${++exports}.csv`;
  // An empty registered file keeps the output in the engine's memory: unregistered, the Node build
  // would write it to the working directory.
  await conn.registerFile(file, new Uint8Array(0));
  try {
    await conn.exec(exportCsvSql({ table: spec.table, columns: spec.columns, orderBy: spec.key, file, style }));
    const csv = await conn.copyFileToBuffer(file);
    return style === 'id' ? withUtf8Bom(csv) : csv;
  } finally {
    await conn.dropFile(file);
  }
}
