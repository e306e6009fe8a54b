import type { DatasetSpec } from '../../src/data/catalog.ts';
import type { Omission } from '../datasets/build-rows.ts';
import type { DataRow } from '../datasets/cell.ts';
import type { BuiltTables } from '../datasets/fact-mappings.ts';
import type { OutputFile } from '../datasets/render-files.ts';
import { bundledKecamatan } from './bundled-kecamatan.ts';
import { coverageRows } from './coverage.ts';
import { districtsFrom } from './districts.ts';
import { overlapRuleRows } from './overlap-rules.ts';
import { programmeKindRows } from './programme-kinds.ts';
import { registerTruth } from './register-truth.ts';
import { generateRegister } from './register.ts';
import { sourcedCoverageRows } from './sourced-coverage.ts';

/** What a generator is given: the datasets built so far, the seed, the register's scale, the facts folder and its catalog entry. */
export interface IllustrativeContext {
  built: BuiltTables;
  seed: number;
  households: number;
  factsDir: string;
  spec: DatasetSpec;
}

/** A generated dataset's rows, any file written next to it, and a line for the build log. */
export interface Generated {
  rows: DataRow[];
  extraFiles?: OutputFile[];
  note?: string;
  /** Fact rows left out on purpose, reported by the build. */
  omitted?: Omission[];
}

/** How one illustrative catalog dataset is generated. */
export interface IllustrativeGenerator {
  dataset: string;
  generate: (context: IllustrativeContext) => Generated;
}

/** The illustrative datasets, in build order (referenced tables first). */
export const ILLUSTRATIVE_GENERATORS: readonly IllustrativeGenerator[] = [
  { dataset: 'programme_kinds', generate: ({ built }) => ({ rows: programmeKindRows(built.get('programmes')) }) },
  { dataset: 'overlap_rules', generate: () => ({ rows: overlapRuleRows() }) },
  { dataset: 'coverage', generate: coverageDataset },
  { dataset: 'register', generate: registerDataset },
];

// The real rows of datasets/facts/coverage_sourced.csv, and generated rows for every other key.
function coverageDataset({ built, seed, factsDir, spec }: IllustrativeContext): Generated {
  const sourced = sourcedCoverageRows(factsDir, spec, built);
  const rows = coverageRows(districtsFrom(built), seed, sourced.rows);
  return {
    rows,
    omitted: sourced.omitted,
    note: `${sourced.rows.length} sourced rows, the rest generated with seed ${seed}`,
  };
}

// Villages sit in the real kecamatan of the bundled boundary file (codes and names only, read here at build time).
function registerDataset({ built, seed, households }: IllustrativeContext): Generated {
  const kecamatan = bundledKecamatan();
  const register = generateRegister({ households, seed, districts: districtsFrom(built), kecamatan });
  const truth = JSON.stringify(registerTruth(register, seed), null, 2) + '\n';
  const note = `seed ${seed}, ${register.households} households in villages of ${kecamatan.length} real kecamatan, ${register.plantedHouseholds} with a planted overlap (${register.planted.length} findings)`;
  return {
    rows: register.rows,
    extraFiles: [{ path: 'register-truth.json', bytes: new TextEncoder().encode(truth) }],
    note,
  };
}
