import { describe, expect, it } from 'vitest';
import { areaProfileSql, type AreaProfileRow } from '../../../src/queries/area-profile.ts';
import { areaProgrammesSql, type AreaProgrammeRow } from '../../../src/queries/area-programmes.ts';
import { BUNDLED, openEngineWith, sharedEngine } from '../helpers/engine.ts';

describe('areaProfileSql: the SQL', () => {
  it('reads the latest March of the area and ranks the districts of that year, highest first', () => {
    const sql = areaProfileSql('6403');
    expect(sql).toContain(
      `SELECT * FROM poverty WHERE area_code = '6403' AND period = 'mar' ORDER BY year DESC LIMIT 1`,
    );
    expect(sql).toContain(`rank() OVER (ORDER BY p.rate_pct DESC)::INTEGER AS rank`);
    expect(sql).toContain(`WHERE p.period = 'mar' AND a.type <> 'provinsi' AND p.year = (SELECT year FROM latest)`);
    expect(areaProfileSql("6'4")).toContain(`WHERE a.bps_code = '6''4'`);
  });
});

describe('areaProgrammesSql: the SQL', () => {
  it('one area, latest year first, real rows first, a missing provenance counted illustrative', () => {
    const sql = areaProgrammesSql('6403');
    expect(sql).toContain(`CASE WHEN c.provenance = 'sourced' THEN 'sourced' ELSE 'illustrative' END AS provenance`);
    expect(sql).toContain(`WHERE c.area_code = '6403'`);
    expect(sql).toContain(`ORDER BY c.year DESC, provenance = 'illustrative', c.programme_id`);
  });
});

describe('on the bundled data', () => {
  const conn = sharedEngine(() => openEngineWith(BUNDLED));

  it('Kutai Kartanegara: March 2025, rank among the ten districts by rate', async () => {
    const [kukar] = await conn.query<AreaProfileRow>(areaProfileSql('6403'));
    expect(kukar).toMatchObject({
      area_code: '6403',
      name: 'Kutai Kartanegara',
      short_name: 'Kukar',
      type: 'kabupaten',
      kemendagri_code: '64.02',
      latest_year: 2025,
      ranked: 10,
    });
    // Independently: how many districts had a higher March 2025 rate than Kukar's 6.72%.
    const [count] = await conn.query<{ higher: number }>(
      `SELECT count(*)::INTEGER AS higher FROM poverty p JOIN areas a ON a.bps_code = p.area_code WHERE p.period = 'mar' AND p.year = 2025 AND a.type <> 'provinsi' AND p.rate_pct > 6.72`,
    );
    expect(kukar!.rank).toBe(count!.higher + 1);
  });

  it('the province has a profile but no rank; an unknown area has none', async () => {
    const [province] = await conn.query<AreaProfileRow>(areaProfileSql('64'));
    expect(province).toMatchObject({ area_code: '64', type: 'provinsi', latest_year: 2025, rank: null, ranked: null });
    expect(await conn.query(areaProfileSql('9999'))).toEqual([]);
  });

  it("Kukar's programmes: real rows (BLT Dana Desa 2023, the Rp5 juta grant 2025) marked sourced with their publisher", async () => {
    const rows = await conn.query<AreaProgrammeRow>(areaProgrammesSql('6403'));
    expect(rows.find((r) => r.programme_id === 'blt_dana_desa' && r.year === 2023)).toMatchObject({
      beneficiaries: 8945,
      provenance: 'sourced',
    });
    expect(rows.find((r) => r.programme_id === 'kaltim_uep' && r.year === 2025)).toMatchObject({
      beneficiaries: 150,
      provenance: 'sourced',
    });
    expect(rows.filter((r) => r.provenance === 'sourced').every((r) => r.publisher)).toBe(true);
    expect(rows.some((r) => r.provenance === 'illustrative')).toBe(true);
    expect(rows.map((r) => r.year)).toEqual([...rows.map((r) => r.year)].sort((a, b) => b - a));
  });
});
