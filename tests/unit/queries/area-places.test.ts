import { describe, expect, it } from 'vitest';
import { areaPlacesSql } from '../../../src/queries/area-places.ts';
import { latestMarchYearSql } from '../../../src/queries/latest-march-year.ts';
import { BUNDLED, openEngineWith, sharedEngine } from '../helpers/engine.ts';

describe('areaPlacesSql', () => {
  it('is the districts with both codes, their type and centres', () => {
    expect(areaPlacesSql()).toBe(`SELECT bps_code, kemendagri_code, name, short_name, type, approx_lat, approx_lon
FROM areas WHERE type <> 'provinsi' ORDER BY bps_code`);
  });

  const conn = sharedEngine(() => openEngineWith({ areas: BUNDLED.areas! }));

  it('lists the ten districts, whose two code systems differ (BPS 6402 is Kemendagri 64.07)', async () => {
    const rows = await conn.query(areaPlacesSql());
    expect(rows).toHaveLength(10);
    expect(rows[1]).toEqual({
      bps_code: '6402',
      kemendagri_code: '64.07',
      name: 'Kutai Barat',
      short_name: 'Kubar',
      type: 'kabupaten',
      approx_lat: -0.6,
      approx_lon: 115.6,
    });
    expect(rows.map((r) => r.bps_code)).not.toContain('64');
    expect(rows.filter((r) => r.type === 'kota').map((r) => r.short_name)).toEqual([
      'Balikpapan',
      'Samarinda',
      'Bontang',
    ]);
  });
});

describe('latestMarchYearSql', () => {
  it('is the latest district March year', () => {
    expect(latestMarchYearSql())
      .toBe(`SELECT max(p.year)::INTEGER AS year FROM poverty p JOIN areas a ON a.bps_code = p.area_code
WHERE p.period = 'mar' AND a.type <> 'provinsi'`);
  });

  const conn = sharedEngine(() => openEngineWith({ areas: BUNDLED.areas!, poverty: BUNDLED.poverty! }));

  it('is 2025 in the bundle (the province has September 2025 too, but it is not a district)', async () => {
    expect(await conn.query(latestMarchYearSql())).toEqual([{ year: 2025 }]);
  });
});
