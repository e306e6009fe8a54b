import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RegisterTruth } from '../../../scripts/illustrative/register-truth.ts';
import { BUNDLED, loadFile, openEngineWith, sharedEngine } from '../helpers/engine.ts';
import { DATASETS_DIR } from './temp-build.ts';

const truth = JSON.parse(fs.readFileSync(path.join(DATASETS_DIR, 'register-truth.json'), 'utf8')) as RegisterTruth;

// The committed files go through the app's own loader (stage, validate every cell, promote) on real DuckDB.
describe('the committed illustrative datasets load through the real loader', () => {
  const conn = sharedEngine(() => openEngineWith(BUNDLED));

  it.each([
    ['programme_kinds', 'datasets/programme_kinds.parquet', 10],
    ['overlap_rules', 'datasets/overlap_rules.parquet', 4],
    ['coverage', 'datasets/coverage.parquet', 169],
    ['programme_kinds', 'datasets/programme_kinds.csv', 10],
    ['overlap_rules', 'datasets/overlap_rules.csv', 4],
    ['coverage', 'datasets/coverage.csv', 169],
  ])('%s from %s: %i rows, no issues', async (dataset, file, rows) => {
    const report = await loadFile(conn, dataset, file);
    expect([report.rowsAccepted, report.issueCount, report.ignoredColumns]).toEqual([rows, 0, []]);
  });

  it('register.parquet: every row accepted, as many as register-truth.json says', async () => {
    const report = await loadFile(conn, 'register', 'datasets/register.parquet');
    expect([report.rowsAccepted, report.issueCount]).toEqual([truth.rows, 0]);
    const [stats] = await conn.query<{ households: number; areas: number; first: string; last: string }>(
      'SELECT count(DISTINCT household_id)::INTEGER AS households, count(DISTINCT area_code)::INTEGER AS areas, min(month) AS first, max(month) AS last FROM register',
    );
    expect(stats).toEqual({ households: truth.households, areas: 10, first: '2025-01', last: '2025-12' });
  }, 120_000);
});
