import { existsSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';
import { writeBigRegisterCsv } from './big-register-csv.ts';

/** The large-load bench's CSV of `rows` rows in `dir`: written once, then reused (the generator is seeded). */
export function bigRegisterCsv(dir: string, rows: number, log: (m: string) => void): { file: string; bytes: number } {
  const file = path.join(dir, `register-${rows}.csv`);
  if (existsSync(file)) return { file, bytes: statSync(file).size };
  log(`writing ${rows.toLocaleString('en')}-row register CSV`);
  // Written under another name first, so that an interrupted write is never taken for a finished file.
  const partial = `${file}.partial`;
  writeBigRegisterCsv(partial, rows);
  renameSync(partial, file);
  return { file, bytes: statSync(file).size };
}
