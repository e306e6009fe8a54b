import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DbConnection } from '../../../src/data/connection.ts';
import {
  targetIssuesSql,
  upsertTargetSql,
  USER_SOURCE,
  type TargetInput,
  type TargetIssueRow,
} from '../../../src/queries/upsert-target.ts';
import { BUNDLED, loadFile, openEngineWith } from '../helpers/engine.ts';

const input = (fields: Partial<TargetInput> = {}): TargetInput => ({
  areaCode: '6403',
  year: 2027,
  valuePct: 6,
  lowPct: null,
  highPct: null,
  document: "Bupati's plan",
  ...fields,
});

const CHECKS = `SELECT 0 AS k, 'unknown-area' AS reason, 'area' AS field FROM input WHERE area_code NOT IN (SELECT bps_code FROM areas WHERE bps_code IS NOT NULL)
UNION ALL SELECT 1 AS k, 'year-out-of-range' AS reason, 'year' AS field FROM input WHERE NOT (target_year BETWEEN 2000 AND 2100 AND target_year = round(target_year))
UNION ALL SELECT 2 AS k, 'value-out-of-range' AS reason, 'value' AS field FROM input WHERE target_pct NOT BETWEEN 0 AND 100
UNION ALL SELECT 3 AS k, 'value-out-of-range' AS reason, 'low' AS field FROM input WHERE target_low_pct NOT BETWEEN 0 AND 100
UNION ALL SELECT 4 AS k, 'value-out-of-range' AS reason, 'high' AS field FROM input WHERE target_high_pct NOT BETWEEN 0 AND 100
UNION ALL SELECT 5 AS k, 'low-above-high' AS reason, 'low' AS field FROM input WHERE target_low_pct > target_high_pct
UNION ALL SELECT 6 AS k, 'no-value' AS reason, 'value' AS field FROM input WHERE target_pct IS NULL AND (target_low_pct IS NULL OR target_high_pct IS NULL)
UNION ALL SELECT 7 AS k, 'missing-document' AS reason, 'document' AS field FROM input WHERE trim(document) = ''`;

const INPUT_CTE = `input AS (SELECT '6403' AS area_code, 'poverty_rate' AS indicator, 2027::DOUBLE AS target_year,
  6::DOUBLE AS target_pct, NULL::DOUBLE AS target_low_pct, NULL::DOUBLE AS target_high_pct, 'Bupati''s plan' AS document)`;

describe('targetIssuesSql and upsertTargetSql: the SQL', () => {
  it('checks an entered target in one query', () => {
    expect(targetIssuesSql(input())).toBe(`WITH ${INPUT_CTE}
SELECT reason, field FROM (
${CHECKS}
) ORDER BY k`);
  });

  it('replaces the table in one statement, guarded by the same checks', () => {
    expect(upsertTargetSql(input())).toBe(`CREATE OR REPLACE TABLE targets AS
WITH ${INPUT_CTE},
ok AS (SELECT count(*) = 0 AS ok FROM (
${CHECKS}
))
SELECT * FROM targets
WHERE NOT (area_code = '6403' AND indicator = 'poverty_rate' AND target_year = 2027 AND (SELECT ok FROM ok))
UNION ALL BY NAME
SELECT area_code, indicator, target_year::INTEGER AS target_year, target_pct, target_low_pct, target_high_pct,
  'entered by user' AS kind, trim(document) AS document, 'entered by user' AS source
FROM input WHERE (SELECT ok FROM ok)
ORDER BY area_code, indicator, target_year`);
  });

  it('writes a range with NULL for the missing value', () => {
    expect(targetIssuesSql(input({ valuePct: null, lowPct: 2.3, highPct: 3.3 }))).toContain(
      'NULL::DOUBLE AS target_pct, 2.3::DOUBLE AS target_low_pct, 3.3::DOUBLE AS target_high_pct',
    );
  });

  it('refuses to build SQL from a number that is not finite', () => {
    expect(() => targetIssuesSql(input({ valuePct: Number.NaN }))).toThrow(/finite/);
  });
});

type Row = {
  area_code: string;
  target_year: number;
  target_pct: number | null;
  target_low_pct: number | null;
  target_high_pct: number | null;
  kind: string;
  document: string;
  source: string;
};
const ALL =
  'SELECT area_code, target_year, target_pct, target_low_pct, target_high_pct, kind, document, source FROM targets ORDER BY area_code, indicator, target_year';

describe('entering targets on real DuckDB with the bundled datasets', () => {
  let conn: DbConnection;
  let before: Row[];
  beforeAll(async () => (conn = await openEngineWith(BUNDLED)));
  afterAll(async () => conn.close());
  beforeEach(async () => {
    await loadFile(conn, 'targets', BUNDLED.targets!);
    before = await conn.query<Row>(ALL);
  });

  it.each<[string, Partial<TargetInput>, TargetIssueRow[]]>([
    ['a valid value', {}, []],
    ['a valid range', { valuePct: null, lowPct: 5, highPct: 6 }, []],
    ['the bounds themselves', { year: 2100, valuePct: 0 }, []],
    ['an area that does not exist', { areaCode: '9999' }, [{ reason: 'unknown-area', field: 'area' }]],
    ['year 1999', { year: 1999 }, [{ reason: 'year-out-of-range', field: 'year' }]],
    ['year 2101', { year: 2101 }, [{ reason: 'year-out-of-range', field: 'year' }]],
    ['a fractional year', { year: 2026.5 }, [{ reason: 'year-out-of-range', field: 'year' }]],
    ['a value above 100', { valuePct: 100.5 }, [{ reason: 'value-out-of-range', field: 'value' }]],
    ['a negative value', { valuePct: -1 }, [{ reason: 'value-out-of-range', field: 'value' }]],
    ['low above high', { valuePct: null, lowPct: 3.3, highPct: 2.3 }, [{ reason: 'low-above-high', field: 'low' }]],
    [
      'a range end out of bounds',
      { valuePct: null, lowPct: 2, highPct: 120 },
      [{ reason: 'value-out-of-range', field: 'high' }],
    ],
    ['no value and half a range', { valuePct: null, lowPct: 2 }, [{ reason: 'no-value', field: 'value' }]],
    ['no document', { document: '   ' }, [{ reason: 'missing-document', field: 'document' }]],
    [
      'several problems at once',
      { areaCode: 'x', year: 3000, valuePct: 101 },
      [
        { reason: 'unknown-area', field: 'area' },
        { reason: 'year-out-of-range', field: 'year' },
        { reason: 'value-out-of-range', field: 'value' },
      ],
    ],
  ])('%s', async (_name, fields, expected) => {
    expect(await conn.query<TargetIssueRow>(targetIssuesSql(input(fields)))).toEqual(expected);
  });

  it('adds a new target, marked as entered by the user', async () => {
    await conn.exec(upsertTargetSql(input()));
    const after = await conn.query<Row>(ALL);
    expect(after).toHaveLength(before.length + 1);
    expect(after.find((r) => r.area_code === '6403' && r.target_year === 2027)).toEqual({
      area_code: '6403',
      target_year: 2027,
      target_pct: 6,
      target_low_pct: null,
      target_high_pct: null,
      kind: USER_SOURCE,
      document: "Bupati's plan",
      source: USER_SOURCE,
    });
  });

  it('replaces the target of the same area and year (an edit), keeping every other row', async () => {
    await conn.exec(
      upsertTargetSql(
        input({ areaCode: '64', year: 2026, valuePct: null, lowPct: 4, highPct: 4.5, document: ' revised ' }),
      ),
    );
    const after = await conn.query<Row>(ALL);
    expect(after).toHaveLength(before.length);
    expect(after.filter((r) => r.area_code === '64' && r.target_year === 2026)).toEqual([
      {
        area_code: '64',
        target_year: 2026,
        target_pct: null,
        target_low_pct: 4,
        target_high_pct: 4.5,
        kind: USER_SOURCE,
        document: 'revised',
        source: USER_SOURCE,
      },
    ]);
    expect(after.filter((r) => !(r.area_code === '64' && r.target_year === 2026))).toEqual(
      before.filter((r) => !(r.area_code === '64' && r.target_year === 2026)),
    );
  });

  it.each<[string, Partial<TargetInput>]>([
    ['an unknown area', { areaCode: '9999' }],
    [
      'an invalid edit of an existing target (low above high)',
      { areaCode: '64', year: 2026, valuePct: null, lowPct: 4, highPct: 3 },
    ],
    ['a value out of range for an existing target', { areaCode: '64', year: 2026, valuePct: 150 }],
  ])('changes nothing for %s', async (_name, fields) => {
    await conn.exec(upsertTargetSql(input(fields)));
    expect(await conn.query<Row>(ALL)).toEqual(before);
  });
});
