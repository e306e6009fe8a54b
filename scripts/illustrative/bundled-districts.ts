import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { datasetById, parseCatalog } from '../../src/data/catalog.ts';
import { buildRows } from '../datasets/build-rows.ts';
import type { DataRow } from '../datasets/cell.ts';
import { FACT_MAPPINGS } from '../datasets/fact-mappings.ts';
import { readFactTable } from '../datasets/fact-table.ts';
import { districtsFrom } from './districts.ts';
import type { District } from './districts.ts';

const DATASETS = fileURLToPath(new URL('../../datasets/', import.meta.url));

/**
 * The ten districts built from the committed fact files, the same way `npm run datasets` builds them,
 * for running a generator on its own (tests, small registers).
 */
export function bundledDistricts(): District[] {
  const catalog = parseCatalog(JSON.parse(fs.readFileSync(`${DATASETS}catalog.json`, 'utf8')));
  const built = new Map<string, DataRow[]>();
  for (const mapping of FACT_MAPPINGS.filter((m) => m.dataset === 'areas' || m.dataset === 'poverty')) {
    const facts = readFactTable(fs.readFileSync(`${DATASETS}facts/${mapping.file}`, 'utf8'), mapping.file);
    built.set(mapping.dataset, buildRows(facts, mapping, datasetById(catalog, mapping.dataset), built).rows);
  }
  return districtsFrom(built);
}
