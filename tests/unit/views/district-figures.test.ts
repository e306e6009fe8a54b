import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbConnection } from '../../../src/data/connection.ts';
import { districtChangeSql, type DistrictChangeRow } from '../../../src/queries/district-change.ts';
import {
  districtFigures,
  withShortNames,
  type DistrictFigures,
} from '../../../src/views/districts/district-figures.ts';
import { BUNDLED, openEngineWith } from '../helpers/engine.ts';

let conn: DbConnection;
let f: DistrictFigures;

beforeAll(async () => {
  conn = await openEngineWith(BUNDLED);
  f = districtFigures(await conn.query<DistrictChangeRow>(districtChangeSql({ baseYear: 2020 })));
});
afterAll(async () => {
  await conn.close();
});

describe('districtFigures on the bundled data, base 2020', () => {
  it('ten districts, the province kept apart', () => {
    expect(f.districts).toHaveLength(10);
    expect(f.districts.every((d) => d.type !== 'provinsi')).toBe(true);
    expect(f.province).toMatchObject({ area_code: '64', type: 'provinsi', latest_year: 2025, latest_rate: 5.17 });
  });

  it('highest first: Mahakam Ulu 10.09 (11.44 in 2020)', () => {
    expect(f.names[0]).toBe('Mahakam Ulu');
    expect(f.names).toHaveLength(10);
    expect(f.names).not.toContain('Kalimantan Timur');
    expect(f.latest[0]).toEqual({ x: 10.09, y: 'Mahakam Ulu' });
    expect(f.spans[0]).toEqual({ y: 'Mahakam Ulu', x1: 11.44, x2: 10.09 });
  });

  it('every district has a 2020 rate, so ten base dots and ten spans', () => {
    expect(f.base).toHaveLength(10);
    expect(f.spans).toHaveLength(10);
    expect(f.base.find((p) => p.y === 'Kutai Kartanegara')).toEqual({ x: 7.31, y: 'Kutai Kartanegara' });
  });

  it('short names for a phone rename every row, and nothing else', () => {
    const g = withShortNames(f);
    expect(g.names.slice(0, 2)).toEqual(['Mahulu', 'Kubar']);
    expect(g.latest[0]).toEqual({ x: 10.09, y: 'Mahulu' });
    expect(g.spans[0]).toEqual({ y: 'Mahulu', x1: 11.44, x2: 10.09 });
    expect(g.base.find((p) => p.y === 'Kukar')).toEqual({ x: 7.31, y: 'Kukar' });
    expect([g.districts, g.province, g.xDomain]).toEqual([f.districts, f.province, f.xDomain]);
  });

  it('x runs from zero to above the highest rate (11.44)', () => {
    expect(f.xDomain).toEqual([0, 13]);
  });
});

describe('districtFigures with a sparse base year (2012)', () => {
  it('districts without the base year keep their latest dot but get no base dot or span', async () => {
    const g = districtFigures(await conn.query<DistrictChangeRow>(districtChangeSql({ baseYear: 2012 })));
    expect(g.districts).toHaveLength(10);
    expect(g.latest).toHaveLength(10);
    expect(g.base.map((p) => p.y).sort()).toEqual(['Kutai Kartanegara', 'Kutai Timur', 'Paser', 'Samarinda']);
    expect(g.spans).toHaveLength(4);
  });

  it('no rows: no districts, no province, a default domain', () => {
    expect(districtFigures([])).toEqual({
      districts: [],
      province: null,
      names: [],
      base: [],
      latest: [],
      spans: [],
      xDomain: [0, 2],
    });
  });
});
