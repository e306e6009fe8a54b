/**
 * Builds the bundled datasets (datasets/*.parquet and datasets/*.csv) from the committed fact files in
 * datasets/facts/, typed and checked against datasets/catalog.json, then the illustrative datasets from
 * the seeded generators in scripts/illustrative/. Same facts and seed in, same bytes out.
 * Run with `npm run datasets`; a bad fact stops the build with its file, line, column and reason.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { datasetById, parseCatalog } from '../src/data/catalog.ts';
import type { Catalog } from '../src/data/catalog.ts';
import { buildRows } from './datasets/build-rows.ts';
import type { Omission } from './datasets/build-rows.ts';
import type { DataRow } from './datasets/cell.ts';
import { FactError } from './datasets/fact-error.ts';
import { FACT_MAPPINGS } from './datasets/fact-mappings.ts';
import type { FactMapping } from './datasets/fact-mappings.ts';
import { readFactTable } from './datasets/fact-table.ts';
import { renderFiles } from './datasets/render-files.ts';
import type { OutputFile } from './datasets/render-files.ts';
import { checkRows } from './illustrative/check-rows.ts';
import { ILLUSTRATIVE_GENERATORS } from './illustrative/generators.ts';
import type { IllustrativeGenerator } from './illustrative/generators.ts';
import { ILLUSTRATIVE_SEED, REGISTER_HOUSEHOLDS } from './illustrative/settings.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DATASETS_DIR = path.join(ROOT, 'datasets');

/** Where to read from and how to report; every field has a project default. */
export interface BuildOptions {
  factsDir?: string;
  catalogPath?: string;
  log?: (line: string) => void;
  /** Seed of the illustrative generators (default ILLUSTRATIVE_SEED). */
  seed?: number;
  /** Households in the synthetic register (default REGISTER_HOUSEHOLDS); tests build small ones. */
  households?: number;
}

/** What was built for one dataset. */
export interface DatasetReport {
  id: string;
  rows: number;
  files: string[];
  omitted: Omission[];
  /** For a generated dataset: seed and scale, for the log. */
  note?: string;
}

/** Builds every catalog dataset (sourced, then illustrative) and writes its files into outDir; nothing is written if any fact is bad. */
export function buildDatasets(outDir: string = DATASETS_DIR, options: BuildOptions = {}): DatasetReport[] {
  const catalog = readCatalog(options.catalogPath ?? path.join(DATASETS_DIR, 'catalog.json'));
  checkCoverage(catalog);
  const built = new Map<string, DataRow[]>();
  const results = FACT_MAPPINGS.map((m) =>
    buildOne(m, catalog, built, options.factsDir ?? path.join(DATASETS_DIR, 'facts')),
  );
  for (const g of ILLUSTRATIVE_GENERATORS) results.push(generateOne(g, catalog, built, options));
  fs.mkdirSync(outDir, { recursive: true });
  for (const file of results.flatMap((r) => r.outputs)) fs.writeFileSync(path.join(outDir, file.path), file.bytes);
  const reports = results.map((r) => r.report);
  reports.forEach((r) => logReport(r, options.log ?? (() => {})));
  return reports;
}

function readCatalog(file: string): Catalog {
  return parseCatalog(JSON.parse(fs.readFileSync(file, 'utf8')));
}

// Sourced datasets need a fact mapping and illustrative ones a generator, so no catalog entry ships without files.
function checkCoverage(catalog: Catalog): void {
  for (const d of catalog.datasets) {
    if (!d.illustrative && !FACT_MAPPINGS.some((m) => m.dataset === d.id))
      throw new Error(`catalog dataset "${d.id}" is not illustrative but no fact file feeds it`);
    if (d.illustrative && !ILLUSTRATIVE_GENERATORS.some((g) => g.dataset === d.id))
      throw new Error(`catalog dataset "${d.id}" is illustrative but no generator in scripts/illustrative makes it`);
  }
  const stray = ILLUSTRATIVE_GENERATORS.find(
    (g) => !catalog.datasets.some((d) => d.id === g.dataset && d.illustrative),
  );
  if (stray) throw new Error(`generator for "${stray.dataset}" has no illustrative dataset in the catalog`);
}

function buildOne(mapping: FactMapping, catalog: Catalog, built: Map<string, DataRow[]>, factsDir: string) {
  const spec = datasetById(catalog, mapping.dataset);
  const file = path.join(factsDir, mapping.file);
  const facts = readFactTable(fs.readFileSync(file, 'utf8'), displayPath(file));
  const { rows, omitted } = buildRows(facts, mapping, spec, built);
  built.set(spec.table, rows);
  const outputs: OutputFile[] = renderFiles(spec, rows, mapping.csv);
  const report: DatasetReport = { id: spec.id, rows: rows.length, files: outputs.map((o) => o.path), omitted };
  return { outputs, report };
}

function generateOne(
  generator: IllustrativeGenerator,
  catalog: Catalog,
  built: Map<string, DataRow[]>,
  options: BuildOptions,
) {
  const spec = datasetById(catalog, generator.dataset);
  const factsDir = options.factsDir ?? path.join(DATASETS_DIR, 'facts');
  const context = {
    built,
    seed: options.seed ?? ILLUSTRATIVE_SEED,
    households: options.households ?? REGISTER_HOUSEHOLDS,
    factsDir,
    spec,
  };
  const { rows, extraFiles = [], note, omitted = [] } = generator.generate(context);
  checkRows(rows, spec, built);
  built.set(spec.table, rows);
  const outputs = [...renderFiles(spec, rows), ...extraFiles];
  const report: DatasetReport = {
    id: spec.id,
    rows: rows.length,
    files: outputs.map((o) => o.path),
    omitted,
    ...(note ? { note } : {}),
  };
  return { outputs, report };
}

function displayPath(file: string): string {
  const relative = path.relative(ROOT, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

function logReport(report: DatasetReport, log: (line: string) => void): void {
  log(`${report.id}: ${report.rows} rows -> ${report.files.join(', ')}${report.note ? ` (${report.note})` : ''}`);
  for (const o of report.omitted) log(`  left out ${o.file} line ${o.line}: ${o.reason}`);
}

function isDirectRun(): boolean {
  const entry = process.argv[1];
  return entry !== undefined && fs.realpathSync(entry) === fs.realpathSync(fileURLToPath(import.meta.url));
}

if (isDirectRun()) {
  try {
    buildDatasets(DATASETS_DIR, { log: (line) => console.log(line) });
  } catch (error) {
    console.error(error instanceof FactError ? `Bad fact: ${error.message}` : error);
    process.exit(1);
  }
}
