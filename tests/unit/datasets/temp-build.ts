import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDatasets } from '../../../scripts/build-datasets.ts';
import type { BuildOptions } from '../../../scripts/build-datasets.ts';

/** The project's datasets folder (committed facts and outputs). */
export const DATASETS_DIR = fileURLToPath(new URL('../../../datasets/', import.meta.url));

/** The files the builder writes: those catalog.json lists (the register is Parquet only) and the register's truth file. */
export const OUTPUT_FILES = [
  ...['areas', 'poverty', 'national', 'targets', 'programmes', 'programme_kinds', 'overlap_rules', 'coverage'].flatMap((d) => [`${d}.parquet`, `${d}.csv`]),
  'register.parquet',
  'register-truth.json',
];

/** Files whose bytes depend on the register's scale: a small test build cannot match the committed ones. */
export const SCALE_DEPENDENT_FILES = ['register.parquet', 'register-truth.json'];

/** A register small enough for a quick build that still runs every generator code path. */
export const SMALL_REGISTER = { households: 3000 };

const created: string[] = [];

/** A fresh, empty temporary folder, removed by `removeTempDirs`. */
export function tempDir(label: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `pantau-${label}-`));
  created.push(dir);
  return dir;
}

/** Removes every folder made by `tempDir` in this test file. */
export function removeTempDirs(): void {
  for (const dir of created.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** Runs the builder into a new temporary folder, quietly, and returns the folder. */
export function buildIntoTemp(options: BuildOptions = {}): string {
  const dir = tempDir('datasets');
  buildDatasets(dir, options);
  return dir;
}

/** A file's bytes as an ArrayBuffer, the form hyparquet reads. */
export function readArrayBuffer(file: string): ArrayBuffer {
  const bytes = fs.readFileSync(file);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
