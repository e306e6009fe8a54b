import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MOCKS_MODULES } from '../../../vite.config.ts';

/** Every unit test file, relative to the project root. */
function unitTestFiles(dir = 'tests/unit'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return unitTestFiles(file);
    return file.endsWith('.test.ts') ? [file] : [];
  });
}

describe('unit test isolation', () => {
  // Most files share a worker process (isolate: false); a module mock there would leak into later files.
  it('every file that mocks a module is in the isolated project, and only those', () => {
    const mocking = unitTestFiles().filter((file) => /\bvi\.(do)?mock\(/.test(readFileSync(file, 'utf8')));
    expect(mocking.sort()).toEqual([...MOCKS_MODULES].sort());
  });
});
