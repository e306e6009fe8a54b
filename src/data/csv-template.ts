import type { DatasetSpec } from './catalog.ts';
import { csvBytes, type CsvStyle } from '../domain/csv-text.ts';

/** An empty CSV template for a dataset: the header row of its schema, written as its export is. */
export function csvTemplate(spec: DatasetSpec, style: CsvStyle): Uint8Array {
  return csvBytes(
    spec.columns.map((c) => c.name),
    [],
    style,
  );
}
