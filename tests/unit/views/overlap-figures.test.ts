import { describe, expect, it } from 'vitest';
import { flaggedHouseholdsSql, type FlaggedHouseholdRow } from '../../../src/queries/flagged-households.ts';
import {
  overlapByDistrictSql,
  overlapByMonthSql,
  overlapByPairSql,
  type OverlapByDistrictRow,
  type OverlapByMonthRow,
  type OverlapByPairRow,
} from '../../../src/queries/overlap-summary.ts';
import { desilDistributionSql, type DesilDistributionRow } from '../../../src/queries/targeting.ts';
import { flaggedCsvName, flaggedHouseholdsCsv } from '../../../src/views/overlap/flagged-csv.ts';
import { desilBars, districtBars, monthDots } from '../../../src/views/overlap/overlap-figures.ts';
import { pairNames, pairReason } from '../../../src/views/overlap/pair-text.ts';
import { emptyRule, nextRuleId } from '../../../src/views/overlap/rule-draft.ts';
import { sharedEngine } from '../helpers/engine.ts';
import { openOverlapEngine } from '../queries/overlap-fixtures.ts';

const conn = sharedEngine(openOverlapEngine);

describe('districtBars on the fixtures (Kukar 4/5, Samarinda 3/4, Paser 1/2, Balikpapan 0/2)', () => {
  it('highest share first, in percent, keyed by BPS code; a district with none stays at 0', async () => {
    const f = districtBars(await conn.query<OverlapByDistrictRow>(overlapByDistrictSql()));
    expect(f.names).toEqual(['Kutai Kartanegara', 'Samarinda', 'Paser', 'Balikpapan']);
    expect(f.bars).toEqual([
      { y: 'Kutai Kartanegara', x: 80, key: '6403' },
      { y: 'Samarinda', x: 75, key: '6472' },
      { y: 'Paser', x: 50, key: '6401' },
      { y: 'Balikpapan', x: 0, key: '6471' },
    ]);
    expect(f.districts.map((d) => d.area_code)).toEqual(['6403', '6472', '6401', '6471']);
  });

  it('x from 0 to a round number above the largest bar (80 -> 100)', async () => {
    const f = districtBars(await conn.query<OverlapByDistrictRow>(overlapByDistrictSql()));
    expect(f.xDomain).toEqual([0, 100]);
  });

  it('ties are broken by name, and no rows give a small default domain', () => {
    const row = (area_code: string, name: string): OverlapByDistrictRow => ({
      area_code,
      name,
      short_name: name,
      households: 10,
      households_flagged: 1,
      findings: 1,
      share_flagged: 0.1,
    });
    expect(districtBars([row('6472', 'Samarinda'), row('6401', 'Paser')]).names).toEqual(['Paser', 'Samarinda']);
    expect(districtBars([])).toEqual({ districts: [], names: [], bars: [], xDomain: [0, 1.2] });
  });
});

describe('monthDots on the fixtures', () => {
  it('every month of the register, a dot per check, guides to the larger count', async () => {
    const f = monthDots(await conn.query<OverlapByMonthRow>(overlapByMonthSql()));
    expect(f.months).toEqual([
      '2024-12',
      '2025-01',
      '2025-02',
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
    ]);
    expect(f.sameKind.find((p) => p.y === '2025-03')).toEqual({ y: '2025-03', x: 2 });
    expect(f.rule.find((p) => p.y === '2025-09')).toEqual({ y: '2025-09', x: 2 });
    expect(f.guides.find((g) => g.y === '2025-09')).toEqual({ y: '2025-09', x1: 0, x2: 2 });
    expect(f.guides.find((g) => g.y === '2025-05')).toEqual({ y: '2025-05', x1: 0, x2: 0 });
    expect(f.xDomain).toEqual([0, 5]);
  });
});

describe('desilBars on the fixtures', () => {
  it('ten rows named "Desil n", 1-4 the target and 5-10 the leakage', async () => {
    const rows = await conn.query<DesilDistributionRow>(desilDistributionSql());
    const f = desilBars(rows);
    expect(f.names).toEqual([
      'Desil 1',
      'Desil 2',
      'Desil 3',
      'Desil 4',
      'Desil 5',
      'Desil 6',
      'Desil 7',
      'Desil 8',
      'Desil 9',
      'Desil 10',
    ]);
    expect(f.target.map((b) => b.key)).toEqual(['1', '2', '3', '4']);
    expect(f.leakage.map((b) => b.key)).toEqual(['5', '6', '7', '8', '9', '10']);
    // Households: a1, a6, b2, b3 in desil 1 (see overlap-fixtures.ts for who is where).
    expect([...f.target, ...f.leakage].reduce((sum, b) => sum + b.x, 0)).toBe(13);
    expect(f.target[0]).toEqual({ y: 'Desil 1', x: rows[0]!.households, key: '1' });
  });
});

describe('pair names and reasons in the chosen language', () => {
  it('names from the programme kinds, the rule reason for a rule and none for same kind', async () => {
    const rows = await conn.query<OverlapByPairRow>(overlapByPairSql());
    const r4 = rows.find((r) => r.rule_id === 'R4')!;
    expect(pairNames(r4, 'id')).toBe('Bantuan Usaha Ekonomi Produktif + Pemberdayaan ekonomi (peralatan usaha)');
    expect(pairNames(r4, 'en')).toBe('Productive enterprise grant + Economic empowerment (business equipment)');
    expect(pairReason(r4, 'en')).toBe('Business capital and equipment in one year');
    expect(pairReason(rows[0]!, 'id')).toBeNull();
    expect(pairNames({ ...rows[0]!, name_a_en: null, name_a_id: null }, 'en')).toBe('sembako + Staple food programme');
  });
});

describe('the follow-up CSV', () => {
  it('all flagged households of the fixtures: a header and eight lines, CRLF, numbers unformatted', async () => {
    const rows = await conn.query<FlaggedHouseholdRow>(flaggedHouseholdsSql());
    const csv = flaggedHouseholdsCsv(rows);
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(0, -1)).toHaveLength(rows.length + 1);
    expect(rows).toHaveLength(8);
    expect(lines[0]).toBe('household_id,area_code,village_code,desil,findings,checks,payments,amount_rp');
    const a6 = lines.find((l) => l.startsWith('0000000000a6'));
    expect(a6).toBe(
      '0000000000a6,6403,64.02.01.2001,1,2,same_kind 2025-07 kaltim_uep+kukar_pemberdayaan; R4 2025 kaltim_uep+kukar_pemberdayaan,2,8000000',
    );
  });

  it('one district: Kukar has four flagged households', async () => {
    const rows = await conn.query<FlaggedHouseholdRow>(flaggedHouseholdsSql({ areaCode: '6403' }));
    expect(flaggedHouseholdsCsv(rows).trimEnd().split('\r\n')).toHaveLength(5);
    expect(flaggedHouseholdsCsv([])).toBe(
      '\uFEFFhousehold_id,area_code,village_code,desil,findings,checks,payments,amount_rp\r\n',
    );
  });

  it('file names say the district, or the province when none is chosen', () => {
    expect(flaggedCsvName('6403')).toBe('pantau-bantuan-ganda-6403.csv');
    expect(flaggedCsvName('')).toBe('pantau-bantuan-ganda-64.csv');
  });
});

describe('the suggested rule', () => {
  it('the next free R<n>, ignoring ids of another form', () => {
    expect(nextRuleId(['R1', 'R2', 'R3', 'R4'])).toBe('R5');
    expect(nextRuleId(['R1', 'R10', 'X99', 'R2b'])).toBe('R11');
    expect(nextRuleId([])).toBe('R1');
  });

  it('an empty rule starts on the first programme, month window, empty reasons', () => {
    expect(emptyRule(['R1'], ['pkh', 'sembako'])).toEqual({
      ruleId: 'R2',
      programmeA: 'pkh',
      programmeB: 'pkh',
      window: 'month',
      reasonId: '',
      reasonEn: '',
    });
  });
});
