import { describe, expect, it } from 'vitest';
import {
  overlapRulesSql,
  programmeKindsSql,
  type OverlapRuleRow,
  type ProgrammeKindRow,
} from '../../../src/queries/overlap-settings.ts';
import { sharedEngine } from '../helpers/engine.ts';
import { openOverlapEngine } from './overlap-fixtures.ts';

describe('SQL', () => {
  it('overlapRulesSql', () => {
    expect(overlapRulesSql()).toBe(`SELECT rule_id, programme_a, programme_b, "window", reason_id, reason_en, source
FROM overlap_rules
ORDER BY rule_id`);
  });

  it('programmeKindsSql', () => {
    expect(programmeKindsSql()).toBe(`SELECT programme_id, kind, name_id, name_en, level, source
FROM programme_kinds
ORDER BY programme_id`);
  });
});

describe('on the fixtures', () => {
  const conn = sharedEngine(openOverlapEngine);

  it('five rules by id, R5 comparing kaltim_uep with itself in a year', async () => {
    const rows = await conn.query<OverlapRuleRow>(overlapRulesSql());
    expect(rows.map((r) => [r.rule_id, r.programme_a, r.programme_b, r.window])).toEqual([
      ['R1', 'kaltim_rapak_dalam', 'kukar_pangan', 'month'],
      ['R2', 'kaltim_rapak_dalam', 'sembako', 'month'],
      ['R3', 'kaltim_rapak_dalam', 'kukar_perlindungan', 'month'],
      ['R4', 'kaltim_uep', 'kukar_pemberdayaan', 'year'],
      ['R5', 'kaltim_uep', 'kaltim_uep', 'year'],
    ]);
    expect(rows[3]).toMatchObject({ reason_en: 'Business capital and equipment in one year', source: 'fixture' });
  });

  it('nine programmes by id, with kind and both names', async () => {
    const rows = await conn.query<ProgrammeKindRow>(programmeKindsSql());
    expect(rows.map((r) => [r.programme_id, r.kind])).toEqual([
      ['kaltim_rapak_dalam', 'residential'],
      ['kaltim_uep', 'business'],
      ['kukar_pangan', 'food'],
      ['kukar_pemberdayaan', 'business'],
      ['kukar_perlindungan', 'cash'],
      ['kukar_rehabilitasi', 'device'],
      ['pkh', 'cash'],
      ['pusat_sekolah_rakyat', 'education'],
      ['sembako', 'food'],
    ]);
    expect(rows.find((r) => r.programme_id === 'sembako')).toMatchObject({
      name_id: 'Program Sembako',
      name_en: 'Staple food programme',
      level: 'pusat',
    });
  });
});
