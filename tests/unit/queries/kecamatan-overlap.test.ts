import { describe, expect, it } from 'vitest';
import { kecamatanOverlapSql, type KecamatanOverlapRow } from '../../../src/queries/kecamatan-overlap.ts';
import { sharedEngine } from '../helpers/engine.ts';
import { openOverlapEngine } from './overlap-fixtures.ts';

describe('kecamatanOverlapSql: the SQL', () => {
  it("reads one district by its Kemendagri prefix and groups on the village code's first eight characters", () => {
    const sql = kecamatanOverlapSql('64.02');
    expect(sql).toContain(`SELECT left(village_code, 8) AS kec, count(DISTINCT household_id) AS households
  FROM register WHERE starts_with(village_code, '64.02.') GROUP BY kec`);
    expect(sql).toContain(`FROM overlap_findings WHERE starts_with(village_code, '64.02.') GROUP BY kec`);
    expect(kecamatanOverlapSql("64'0")).toContain(`'64''0.'`);
  });
});

describe('on the hand-made register (tests/fixtures/register-overlaps.csv)', () => {
  const conn = sharedEngine(openOverlapEngine);

  it('Kukar (64.02): 64.02.01 has a1, a3, a6 (a3 and a6 flagged, 2 findings each); 64.02.02 has a4 (1) and b0 (2)', async () => {
    expect(await conn.query<KecamatanOverlapRow>(kecamatanOverlapSql('64.02'))).toEqual([
      { kecamatan_code: '64.02.01', households: 3, flagged: 2, findings: 4 },
      { kecamatan_code: '64.02.02', households: 2, flagged: 2, findings: 3 },
    ]);
  });

  it('never matches on the last digits of a BPS code: Kukar is 64.02, not 64.03', async () => {
    const rows = await conn.query<KecamatanOverlapRow>(kecamatanOverlapSql('64.03'));
    expect(rows.every((r) => r.kecamatan_code.startsWith('64.03.'))).toBe(true);
    expect(rows.map((r) => r.kecamatan_code)).not.toContain('64.02.01');
  });
});
