import type { DatasetSpec } from './catalog.ts';
import { CSV_STYLES, type CsvStyle } from '../queries/export-csv.ts';
import { withUtf8Bom } from './utf8-bom.ts';

// Quoted as DuckDB's export quotes them, so a template and an export of the same dataset share a header.
function csvField(value: string, delimiter: string): string {
  const quote = value.includes(delimiter) || /["\r\n]/.test(value);
  return quote ? `"${value.replaceAll('"', '""')}"` : value;
}

/** An empty CSV template for a dataset: the header row of its schema, in the chosen style. */
export function csvTemplate(spec: DatasetSpec, style: CsvStyle): Uint8Array {
  const { delimiter } = CSV_STYLES[style];
  const header = spec.columns.map((c) => csvField(c.name, delimiter)).join(delimiter);
  const bytes = new TextEncoder().encode(`${header}\n`);
  return style === 'id' ? withUtf8Bom(bytes) : bytes;
}
