/**
 * The "adil dan tidak dobel" check against the generator's truth: the overlap SQL, run on real DuckDB,
 * must find exactly the overlaps the seeded generator planted — no more (organic rows never overlap),
 * no fewer — in a small register, and the planted counts in the committed million-row one.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateRegister } from '../../../scripts/illustrative/register.ts';
import type { PlantedFinding } from '../../../scripts/illustrative/planted-finding.ts';
import { toParquet } from '../../../scripts/datasets/parquet-write.ts';
import { overlapFindingsSql, type OverlapFindingRow } from '../../../src/queries/overlap-findings.ts';
import { overlapTotalsSql } from '../../../src/queries/overlap-summary.ts';
import { BUNDLED, loadBytes, loadFile, openEngineWith, rootPath, sharedEngine, spec } from '../helpers/engine.ts';
import { prepareRegister } from './overlap-fixtures.ts';

type FindingKey = Pick<
  PlantedFinding,
  'household_id' | 'rule_id' | 'programme_a' | 'programme_b' | 'period' | 'month'
> & { check: string };
const key = (f: FindingKey) =>
  [f.household_id, f.check, f.rule_id ?? '-', f.programme_a, f.programme_b, f.period, f.month].join('|');

async function findings(conn: ReturnType<typeof sharedEngine>): Promise<OverlapFindingRow[]> {
  await conn.exec(overlapFindingsSql());
  return conn.query<OverlapFindingRow>('SELECT * FROM overlap_findings');
}

describe('overlap check on a small generated register (6,000 households, another seed)', () => {
  const conn = sharedEngine(() => openEngineWith(BUNDLED));
  const register = generateRegister({ households: 6_000, seed: 7 });

  it('loads through the validating loader', async () => {
    const report = await loadBytes(
      conn,
      'register',
      'register.parquet',
      toParquet(register.rows, spec('register').columns),
    );
    await prepareRegister(conn);
    expect(report.rowsAccepted).toBe(register.rows.length);
    expect(register.planted.length).toBeGreaterThan(50);
  });

  it('finds exactly the planted findings: same households, checks, rules, pairs, periods and months', async () => {
    const found = (await findings(conn)).map(key).sort();
    expect(found).toEqual(register.planted.map(key).sort());
  });

  it('flags exactly the planted households', async () => {
    const [totals] = await conn.query<{ households_flagged: number }>(overlapTotalsSql());
    expect(totals!.households_flagged).toBe(register.plantedHouseholds);
  });

  it('finds nothing in the same register generated without planting', async () => {
    const clean = generateRegister({ households: 6_000, seed: 7, plantedRate: 0 });
    await loadBytes(conn, 'register', 'register.parquet', toParquet(clean.rows, spec('register').columns));
    await prepareRegister(conn);
    expect(await findings(conn)).toEqual([]);
  });
});

describe('overlap check on the committed register (1,037,741 rows)', () => {
  const conn = sharedEngine(() => openEngineWith(BUNDLED));
  const truth = JSON.parse(fs.readFileSync(rootPath('datasets/register-truth.json'), 'utf8')) as {
    planted_households: number;
    planted_findings: number;
    counts: { check: string; rule_id: string | null; programme_a: string; programme_b: string; findings: number }[];
  };

  it('counts, by check, rule and pair, exactly what register-truth.json says was planted', async () => {
    await loadFile(conn, 'register', 'datasets/register.parquet');
    await prepareRegister(conn);
    await conn.exec(overlapFindingsSql());
    const counts = await conn.query<{
      check: string;
      rule_id: string | null;
      programme_a: string;
      programme_b: string;
      findings: number;
    }>(
      `SELECT "check", rule_id, programme_a, programme_b, count(*)::INTEGER AS findings FROM overlap_findings GROUP BY ALL`,
    );
    const order = (rows: typeof counts) =>
      [...rows].sort((a, b) =>
        key({ ...a, household_id: '', period: '', month: '' }).localeCompare(
          key({ ...b, household_id: '', period: '', month: '' }),
        ),
      );
    expect(order(counts)).toEqual(order(truth.counts));
    const [totals] = await conn.query<{ households_flagged: number; findings: number }>(overlapTotalsSql());
    expect(totals).toMatchObject({ households_flagged: truth.planted_households, findings: truth.planted_findings });
  });
});
