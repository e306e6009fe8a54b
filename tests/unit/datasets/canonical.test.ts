import { describe, expect, it } from 'vitest';
import { decodeParquetNode } from '../../../src/data/parquet-decoder-node.ts';
import type { ColumnSpec } from '../../../src/data/catalog.ts';
import { isCanonical } from '../../../scripts/datasets/canonical.ts';
import type { DataRow } from '../../../scripts/datasets/cell.ts';
import { isRepetitive, toParquet } from '../../../scripts/datasets/parquet-write.ts';
import { loadBytes, openEmptyEngine, readBytes, spec } from '../helpers/engine.ts';

const areas = spec('areas');

// The bundled areas as rows, to write variants of.
async function areaRows(): Promise<DataRow[]> {
  const conn = await openEmptyEngine();
  await loadBytes(conn, 'areas', 'areas.parquet', readBytes('datasets/areas.parquet'));
  const rows = await conn.query<DataRow>('SELECT * FROM areas ORDER BY rowid');
  await conn.close();
  return rows;
}

// Checks a file in full into a fresh engine, then asks whether its Arrow is that table.
async function canonical(bytes: Uint8Array): Promise<boolean> {
  const conn = await openEmptyEngine();
  try {
    await loadBytes(conn, 'areas', 'areas.parquet', bytes);
    return await isCanonical(conn, areas, bytes, decodeParquetNode);
  } finally {
    await conn.close();
  }
}

describe('canonical proofs (a Parquet file whose Arrow is the checked table, renamed into place at load)', () => {
  it('the rows as the check left them, written back, are canonical; padded text, or numbers stored as text, are not', async () => {
    const rows = await areaRows();
    expect(rows).toHaveLength(11);
    expect(await canonical(toParquet(rows, areas.columns))).toBe(true);
    // The check trims text: the file's " Samarinda" is not the table's "Samarinda".
    const padded = rows.map((r, i) => (i === 3 ? { ...r, seat: ` ${String(r.seat)}` } : r));
    expect(await canonical(toParquet(padded, areas.columns))).toBe(false);
    // The same values with population stored as text: the check parses them, the Arrow is VARCHAR.
    const asText: ColumnSpec[] = areas.columns.map((c) =>
      c.name === 'population_2025_thousands' ? { ...c, type: 'text' } : c,
    );
    const textRows = rows.map((r) => ({ ...r, population_2025_thousands: String(r.population_2025_thousands) }));
    expect(await canonical(toParquet(textRows, asText))).toBe(false);
  });

  it('a text column is written as a dictionary only when it repeats: one value per 16 rows at most', () => {
    expect(isRepetitive(Array.from({ length: 32 }, (_, i) => `v${i % 2}`))).toBe(true);
    expect(isRepetitive(Array.from({ length: 31 }, (_, i) => `v${i % 2}`))).toBe(false);
    expect(isRepetitive(Array.from({ length: 1000 }, (_, i) => `h${i % 300}`))).toBe(false);
  });
});
