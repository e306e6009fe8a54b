import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDatasets } from '../../../scripts/build-datasets.ts';
import type { BuildOptions } from '../../../scripts/build-datasets.ts';

/** The project's datasets folder (committed facts and outputs). */
export const DATASETS_DIR = fileURLToPath(new URL('../../../datasets/', import.meta.url));

/** The files the builder writes, as listed in catalog.json for the four sourced datasets. */
export const OUTPUT_FILES = ['areas', 'poverty', 'targets', 'programmes'].flatMap((d) => [`${d}.parquet`, `${d}.csv`]);

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
