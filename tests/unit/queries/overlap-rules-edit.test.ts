import { describe, expect, it } from 'vitest';
import { overlapFindingsSql, type OverlapFindingRow } from '../../../src/queries/overlap-findings.ts';
import { deleteRuleSql, setProgrammeKindSql, upsertRuleSql } from '../../../src/queries/overlap-rules-edit.ts';
import {
  overlapRuleIssues,
  programmeKindIssues,
  PROGRAMME_KINDS,
  RULE_WINDOWS,
  type OverlapRuleInput,
  type RuleContext,
  type RuleIssue,
} from '../../../src/domain/overlap-rule-checks.ts';
import { loadFile, sharedEngine, spec } from '../helpers/engine.ts';
import { openOverlapEngine, OVERLAP_SOURCES } from './overlap-fixtures.ts';

const RULE: OverlapRuleInput = {
  ruleId: 'R6',
  programmeA: 'pkh',
  programmeB: 'sembako',
  window: 'month',
  reasonId: "Satu 'paket'",
  reasonEn: 'One package',
};

describe('SQL', () => {
  it('upsertRuleSql replaces the rule with its id, values as literals', () => {
    expect(upsertRuleSql(RULE)).toBe(`CREATE OR REPLACE TABLE overlap_rules AS
SELECT * FROM overlap_rules WHERE rule_id NOT IN ('R6')
UNION ALL BY NAME
SELECT 'R6' AS rule_id, 'pkh' AS programme_a, 'sembako' AS programme_b,
  'month' AS "window", 'Satu ''paket''' AS reason_id, 'One package' AS reason_en,
  'entered by user' AS source
ORDER BY rule_id`);
  });

  it('upsertRuleSql with a renamed rule also drops the old id', () => {
    expect(upsertRuleSql(RULE, 'R1')).toBe(`CREATE OR REPLACE TABLE overlap_rules AS
SELECT * FROM overlap_rules WHERE rule_id NOT IN ('R6', 'R1')
UNION ALL BY NAME
SELECT 'R6' AS rule_id, 'pkh' AS programme_a, 'sembako' AS programme_b,
  'month' AS "window", 'Satu ''paket''' AS reason_id, 'One package' AS reason_en,
  'entered by user' AS source
ORDER BY rule_id`);
  });

  it('trims what was typed', () => {
    expect(upsertRuleSql({ ...RULE, ruleId: ' R6 ', programmeA: 'pkh ' })).toBe(upsertRuleSql(RULE));
  });

  it('deleteRuleSql', () => {
    expect(deleteRuleSql('R4')).toBe(`DELETE FROM overlap_rules WHERE rule_id = 'R4'`);
    expect(deleteRuleSql("R'4")).toBe("DELETE FROM overlap_rules WHERE rule_id = 'R''4'");
  });

  it('setProgrammeKindSql', () => {
    expect(setProgrammeKindSql('pkh', 'food')).toBe(
      `UPDATE programme_kinds SET kind = 'food' WHERE programme_id = 'pkh'`,
    );
  });
});

describe('overlapRuleIssues', () => {
  const context: RuleContext = { programmeIds: ['pkh', 'sembako', 'kaltim_uep'], ruleIds: ['R1', 'R6'] };
  it.each<[string, Partial<OverlapRuleInput>, RuleContext, RuleIssue[]]>([
    ['a new rule', { ruleId: 'R7' }, context, []],
    ['a rule with a = b', { ruleId: 'R7', programmeB: 'pkh', window: 'year' }, context, []],
    ['editing a rule keeps its id', {}, { ...context, editing: 'R6' }, []],
    ['a new rule with a taken id', {}, context, [{ reason: 'duplicate-rule-id', field: 'rule_id' }]],
    [
      'renaming onto another rule',
      { ruleId: 'R1' },
      { ...context, editing: 'R6' },
      [{ reason: 'duplicate-rule-id', field: 'rule_id' }],
    ],
    ['no id', { ruleId: '  ' }, context, [{ reason: 'missing-rule-id', field: 'rule_id' }]],
    [
      'unknown programmes',
      { ruleId: 'R7', programmeA: 'bansos', programmeB: '' },
      context,
      [
        { reason: 'unknown-programme', field: 'programme_a' },
        { reason: 'unknown-programme', field: 'programme_b' },
      ],
    ],
    [
      'a window that is not month or year',
      { ruleId: 'R7', window: 'quarter' },
      context,
      [{ reason: 'bad-window', field: 'window' }],
    ],
    [
      'no reasons',
      { ruleId: 'R7', reasonId: '', reasonEn: ' ' },
      context,
      [
        { reason: 'missing-reason', field: 'reason_id' },
        { reason: 'missing-reason', field: 'reason_en' },
      ],
    ],
  ])('%s', (_name, fields, ctx, expected) => {
    expect(overlapRuleIssues({ ...RULE, ...fields }, ctx)).toEqual(expected);
  });
});

describe('programmeKindIssues', () => {
  it.each<[string, string, RuleIssue[]]>([
    ['pkh', 'food', []],
    ['bansos', 'food', [{ reason: 'unknown-programme', field: 'programme_id' }]],
    ['pkh', 'voucher', [{ reason: 'bad-kind', field: 'kind' }]],
  ])('%s as %s', (programmeId, kind, expected) => {
    expect(programmeKindIssues(programmeId, kind, ['pkh', 'sembako'])).toEqual(expected);
  });
});

it('the kinds and windows are the catalog’s', () => {
  const oneOf = (dataset: string, column: string) => spec(dataset).columns.find((c) => c.name === column)?.oneOf;
  expect([...PROGRAMME_KINDS]).toEqual(oneOf('programme_kinds', 'kind'));
  expect([...RULE_WINDOWS]).toEqual(oneOf('overlap_rules', 'window'));
});

describe('editing on real DuckDB, then rebuilding the findings', () => {
  const conn = sharedEngine(openOverlapEngine);
  const reset = async () => {
    await loadFile(conn, 'programme_kinds', OVERLAP_SOURCES.programme_kinds!);
    await loadFile(conn, 'overlap_rules', OVERLAP_SOURCES.overlap_rules!);
  };
  const findings = async (where: string) => {
    await conn.exec(overlapFindingsSql());
    return conn.query<OverlapFindingRow>(`SELECT household_id, "check", rule_id, programme_a, programme_b, period, payments FROM overlap_findings WHERE ${where}
ORDER BY household_id, period, rule_id, programme_a, programme_b`);
  };

  it('a new rule finds its pairs, marked as entered by the user', async () => {
    await reset();
    await conn.exec(upsertRuleSql(RULE));
    expect(await conn.query("SELECT * FROM overlap_rules WHERE rule_id = 'R6'")).toEqual([
      {
        rule_id: 'R6',
        programme_a: 'pkh',
        programme_b: 'sembako',
        window: 'month',
        reason_id: "Satu 'paket'",
        reason_en: 'One package',
        source: 'entered by user',
      },
    ]);
    // a1 pkh + sembako in March and June; a3 pkh + both sembako in March.
    expect(await findings("rule_id = 'R6'")).toEqual([
      {
        household_id: '0000000000a1',
        check: 'rule',
        rule_id: 'R6',
        programme_a: 'pkh',
        programme_b: 'sembako',
        period: '2025-03',
        payments: 2,
      },
      {
        household_id: '0000000000a1',
        check: 'rule',
        rule_id: 'R6',
        programme_a: 'pkh',
        programme_b: 'sembako',
        period: '2025-06',
        payments: 2,
      },
      {
        household_id: '0000000000a3',
        check: 'rule',
        rule_id: 'R6',
        programme_a: 'pkh',
        programme_b: 'sembako',
        period: '2025-03',
        payments: 3,
      },
    ]);
  });

  it('editing a rule replaces it; renaming drops the old id', async () => {
    await reset();
    await conn.exec(
      upsertRuleSql({
        ...RULE,
        ruleId: 'R4',
        programmeA: 'kaltim_uep',
        programmeB: 'kukar_pemberdayaan',
        window: 'month',
      }),
    );
    await conn.exec(
      upsertRuleSql(
        { ...RULE, ruleId: 'R9', programmeA: 'kaltim_uep', programmeB: 'kaltim_uep', window: 'year' },
        'R5',
      ),
    );
    expect(await conn.query('SELECT rule_id, "window" FROM overlap_rules ORDER BY rule_id')).toEqual([
      { rule_id: 'R1', window: 'month' },
      { rule_id: 'R2', window: 'month' },
      { rule_id: 'R3', window: 'month' },
      { rule_id: 'R4', window: 'month' },
      { rule_id: 'R9', window: 'year' },
    ]);
    // R4 by month: a5 (February and September) no longer pairs, a6 (both July) does.
    expect(
      (await findings("rule_id IN ('R4', 'R9')")).map((f) => `${f.household_id} ${f.rule_id} ${f.period}`),
    ).toEqual(['0000000000a6 R4 2025-07', '0000000000a7 R9 2025']);
  });

  it('deleting a rule removes its findings', async () => {
    await reset();
    await conn.exec(deleteRuleSql('R5'));
    expect(await findings("household_id = '0000000000a7'")).toEqual([]);
  });

  it('making PKH food: it now pairs with food in the same month, and no longer with cash', async () => {
    await reset();
    await conn.exec(setProgrammeKindSql('pkh', 'food'));
    const rows = await findings(
      `"check" = 'same_kind' AND household_id IN ('0000000000a1', '0000000000a3', '0000000000b0')`,
    );
    expect(rows.map((f) => `${f.household_id} ${f.period} ${f.programme_a}+${f.programme_b} ${f.payments}`)).toEqual([
      '0000000000a1 2025-03 pkh+sembako 2',
      '0000000000a1 2025-06 pkh+sembako 2',
      '0000000000a3 2025-03 kukar_pangan+pkh 2',
      '0000000000a3 2025-03 kukar_pangan+sembako 3',
      '0000000000a3 2025-03 pkh+sembako 3',
      '0000000000a3 2025-03 sembako+sembako 2',
    ]);
    await reset();
    await conn.exec(overlapFindingsSql());
  });
});
