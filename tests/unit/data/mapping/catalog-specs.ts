import fs from 'node:fs';
import { parseCatalog } from '../../../../src/data/catalog.ts';
import type { MappableSpec } from '../../../../src/data/mapping/suggest-mapping.ts';

/** The datasets of the repo's catalog.json, as the mapper sees them (the type check proves DatasetSpec fits). */
export const SPECS: MappableSpec[] = parseCatalog(
  JSON.parse(fs.readFileSync(new URL('../../../../datasets/catalog.json', import.meta.url), 'utf8')),
).datasets;

/** A dataset of the catalog by id. */
export function spec(id: string): MappableSpec {
  const found = SPECS.find((s) => s.id === id);
  if (!found) throw new Error(`no dataset ${id} in catalog.json`);
  return found;
}
