import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildIntoTemp, DATASETS_DIR, OUTPUT_FILES, removeTempDirs, SCALE_DEPENDENT_FILES, SMALL_REGISTER } from './temp-build.ts';

// Two builds with a small register keep this quick; register-build.test.ts checks the full-scale
// register against the committed one.
describe('build-datasets', () => {
  afterAll(removeTempDirs);
  const first = buildIntoTemp(SMALL_REGISTER);
  const second = buildIntoTemp(SMALL_REGISTER);

  it('writes exactly the catalog files and the register truth file', () => {
    expect(fs.readdirSync(first).sort()).toEqual([...OUTPUT_FILES].sort());
  });

  it.each(OUTPUT_FILES)('writes %s byte-identically on every run', (file) => {
    expect(Buffer.compare(fs.readFileSync(path.join(first, file)), fs.readFileSync(path.join(second, file)))).toBe(0);
  });

  // Fails when a fact file or the builder changed and `npm run datasets` was not run before committing.
  it.each(OUTPUT_FILES.filter((f) => !SCALE_DEPENDENT_FILES.includes(f)))('committed datasets/%s matches a fresh build', (file) => {
    const committed = fs.readFileSync(path.join(DATASETS_DIR, file));
    expect(Buffer.compare(committed, fs.readFileSync(path.join(first, file)))).toBe(0);
  });
});
