import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbConnection } from '../../../src/data/connection.ts';
import { districtChangeSql, type DistrictChangeRow } from '../../../src/queries/district-change.ts';
import { districtFigures } from '../../../src/views/districts/district-figures.ts';
import { districtsHeadline } from '../../../src/views/districts/districts-headline.ts';
import { BUNDLED, openEngineWith } from '../helpers/engine.ts';

let conn: DbConnection;

beforeAll(async () => {
  conn = await openEngineWith(BUNDLED);
});
afterAll(async () => {
  await conn.close();
});

const headlines = async (baseYear: number) => {
  const f = districtFigures(await conn.query<DistrictChangeRow>(districtChangeSql({ baseYear })));
  return (['id', 'en'] as const).map((lang) => districtsHeadline(f, baseYear, lang));
};

const row = (name: string, latest: number, base: number | null): DistrictChangeRow => ({
  area_code: name,
  name,
  short_name: name,
  type: 'kabupaten',
  latest_year: 2025,
  latest_rate: latest,
  latest_source: 'test',
  base_rate: base,
  base_source: base === null ? null : 'test',
  change_pp: base === null ? null : Math.round((latest - base) * 100) / 100,
});
const both = (rows: DistrictChangeRow[], baseYear: number) =>
  (['id', 'en'] as const).map((lang) => districtsHeadline(districtFigures(rows), baseYear, lang));

describe('districtsHeadline on the bundled data', () => {
  it('base 2020 (the default): every district fell; Balikpapan lowest, Mahakam Ulu highest', async () => {
    expect(await headlines(2020)).toEqual([
      'Sejak 2020, kemiskinan turun di seluruh 10 kabupaten/kota; terendah Balikpapan 1,97% (2025), tertinggi Mahakam Ulu 10,09% (2025)',
      'Since 2020, poverty has fallen in all 10 districts; lowest Balikpapan 1.97% (2025), highest Mahakam Ulu 10.09% (2025)',
    ]);
  });

  it('base 2012: only the four districts with a 2012 rate are compared (Paser rose)', async () => {
    expect(await headlines(2012)).toEqual([
      'Sejak 2012, kemiskinan turun di 3 dari 4 kabupaten/kota dengan angka 2012 dan sesudahnya; terendah Balikpapan 1,97% (2025), tertinggi Mahakam Ulu 10,09% (2025)',
      'Since 2012, poverty has fallen in 3 of the 4 districts with rates for 2012 and later; lowest Balikpapan 1.97% (2025), highest Mahakam Ulu 10.09% (2025)',
    ]);
  });

  it('base 2025, the latest year: nothing to compare', async () => {
    expect(await headlines(2025)).toEqual([
      'Tidak ada kabupaten/kota dengan angka 2025 dan angka sesudahnya; terendah Balikpapan 1,97% (2025), tertinggi Mahakam Ulu 10,09% (2025)',
      'No district has both a 2025 rate and a later one; lowest Balikpapan 1.97% (2025), highest Mahakam Ulu 10.09% (2025)',
    ]);
  });
});

describe('districtsHeadline on fixture rows (highest first)', () => {
  it('some fell, one rose, one unchanged', () => {
    expect(both([row('A', 9, 10), row('B', 6, 5.5), row('C', 4, 4)], 2020)).toEqual([
      'Sejak 2020, kemiskinan turun di 1 dari 3 kabupaten/kota; terendah C 4,00% (2025), tertinggi A 9,00% (2025)',
      'Since 2020, poverty has fallen in 1 of the 3 districts; lowest C 4.00% (2025), highest A 9.00% (2025)',
    ]);
  });

  it('none fell', () => {
    expect(both([row('A', 9, 8), row('B', 6, 6)], 2020)).toEqual([
      'Sejak 2020, kemiskinan tidak turun di satu pun dari 2 kabupaten/kota; terendah B 6,00% (2025), tertinggi A 9,00% (2025)',
      'Since 2020, poverty has fallen in none of the 2 districts; lowest B 6.00% (2025), highest A 9.00% (2025)',
    ]);
  });

  it('districts without the base year are left out of the count', () => {
    expect(both([row('A', 9, 10), row('B', 7, 7.5), row('C', 6, null)], 2012)).toEqual([
      'Sejak 2012, kemiskinan turun di seluruh 2 kabupaten/kota dengan angka 2012 dan sesudahnya; terendah C 6,00% (2025), tertinggi A 9,00% (2025)',
      'Since 2012, poverty has fallen in all 2 districts with rates for 2012 and later; lowest C 6.00% (2025), highest A 9.00% (2025)',
    ]);
  });

  it('a single district compared is named', () => {
    expect(both([row('A', 9, 10), row('B', 6, null)], 2012)).toEqual([
      'Sejak 2012, kemiskinan turun di A, satu-satunya kabupaten/kota dengan angka 2012 dan sesudahnya; terendah B 6,00% (2025), tertinggi A 9,00% (2025)',
      'Since 2012, poverty has fallen in A, the only district with rates for 2012 and later; lowest B 6.00% (2025), highest A 9.00% (2025)',
    ]);
    expect(both([row('A', 9, 8), row('B', 6, null)], 2012)[1]).toBe(
      'Since 2012, poverty has not fallen in A, the only district with rates for 2012 and later; lowest B 6.00% (2025), highest A 9.00% (2025)',
    );
  });

  it('one district, and none', () => {
    expect(both([row('A', 9, null)], 2012)).toEqual([
      'Tidak ada kabupaten/kota dengan angka 2012 dan angka sesudahnya; A 9,00% (2025)',
      'No district has both a 2012 rate and a later one; A 9.00% (2025)',
    ]);
    expect(both([], 2020)).toEqual(['Belum ada angka kemiskinan kabupaten/kota', 'No district poverty figures yet']);
  });
});
