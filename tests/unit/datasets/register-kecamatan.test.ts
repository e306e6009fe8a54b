import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledDistricts } from '../../../scripts/illustrative/bundled-districts.ts';
import { bundledKecamatan } from '../../../scripts/illustrative/bundled-kecamatan.ts';
import type { District } from '../../../scripts/illustrative/districts.ts';
import { kecamatanFromGeoJson, kecamatanOf } from '../../../scripts/illustrative/kecamatan.ts';
import { randomFor } from '../../../scripts/illustrative/random.ts';
import { ILLUSTRATIVE_SEED } from '../../../scripts/illustrative/settings.ts';
import { villagesOf } from '../../../scripts/illustrative/villages.ts';

// The boundary file read here directly, not through the generator's reader.
const geojson = JSON.parse(fs.readFileSync(new URL('../../../datasets/boundaries/kaltim_kec.geojson', import.meta.url), 'utf8')) as {
  features: { properties: { kode_kemendagri: string; nama: string } }[];
};
const districts = bundledDistricts();
const kukar = districts.find((d) => d.code === '6403')!;
const feature = (code: unknown, nama: unknown) => ({ type: 'Feature', properties: { kode_kemendagri: code, nama }, geometry: null });
const collection = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });

describe('kecamatan from the bundled boundary file', () => {
  it('are the 105 kecamatan of kaltim_kec.geojson, codes and names only, in code order', () => {
    const all = bundledKecamatan();
    expect(all).toHaveLength(105);
    expect(all.map((k) => k.code)).toEqual(geojson.features.map((f) => f.properties.kode_kemendagri).sort());
    expect(all.find((k) => k.code === '64.02.06')).toEqual({ code: '64.02.06', name: 'Tenggarong' });
  });

  it('are found for a district by its Kemendagri code from areas, not its BPS code (Kukar 6403 = 64.02)', () => {
    const all = bundledKecamatan();
    expect(kecamatanOf(kukar, all)).toHaveLength(20);
    expect(kecamatanOf(kukar, all).every((k) => k.code.startsWith('64.02.'))).toBe(true);
    expect(kecamatanOf(districts.find((d) => d.code === '6402')!, all).map((k) => k.code)[0]).toBe('64.07.05');
    expect(districts.map((d) => kecamatanOf(d, all).length).reduce((a, b) => a + b, 0)).toBe(105);
  });

  it('refuse a file with a bad code, a missing name or a repeated code, naming file and feature', () => {
    expect(() => kecamatanFromGeoJson('{"type":"Feature"}', 'k.geojson')).toThrow('k.geojson: not a GeoJSON FeatureCollection');
    expect(() => kecamatanFromGeoJson(collection(feature('64.02.06', 'Tenggarong'), feature('6403', 'X')), 'k.geojson')).toThrow('k.geojson: feature 1: kode_kemendagri "6403"');
    expect(() => kecamatanFromGeoJson(collection(feature('64.02.06', ' ')), 'k.geojson')).toThrow('k.geojson: feature 0: kecamatan 64.02.06 has no nama');
    expect(() => kecamatanFromGeoJson(collection(feature('64.02.06', 'A'), feature('64.02.06', 'B')), 'k.geojson')).toThrow('feature 1: kecamatan 64.02.06 appears twice');
  });

  it('stop the build for a district with none', () => {
    expect(() => kecamatanOf(kukar, [{ code: '64.03.01', name: 'Kelay' }])).toThrow('no kecamatan with a code under 64.02 (district 6403)');
  });
});

describe('villagesOf: synthetic villages in real kecamatan', () => {
  const kecamatan = (district: District) => kecamatanOf(district, bundledKecamatan());
  const villages = (district: District, share: number, seed = ILLUSTRATIVE_SEED) =>
    villagesOf(district, kecamatan(district), share, randomFor(seed, `villages ${district.code}`));
  const prefix = (code: string) => code.slice(0, 8);

  it('puts at least one village in every kecamatan of the district, and none elsewhere', () => {
    for (const d of districts) {
      const codes = villages(d, 0.1).map((v) => v.code);
      expect(new Set(codes.map(prefix))).toEqual(new Set(kecamatan(d).map((k) => k.code)));
      expect(new Set(codes).size).toBe(codes.length);
    }
  });

  it('numbers kelurahan from 1001 (all of a kota, the first three of a kabupaten) and desa from 2001 in each kecamatan', () => {
    const samarinda = districts.find((d) => d.code === '6472')!;
    expect(villages(samarinda, 0.1).every((v) => /\.1[0-9]{3}$/.test(v.code))).toBe(true);
    const kukarCodes = villages(kukar, 0.25).map((v) => v.code);
    expect(kukarCodes.slice(0, 4)).toEqual(['64.02.01.1001', '64.02.01.1002', '64.02.01.1003', '64.02.01.2001']);
    expect(kukarCodes.filter((c) => /\.1[0-9]{3}$/.test(c))).toHaveLength(3);
    for (const k of kecamatan(kukar).slice(1)) expect(kukarCodes.find((c) => c.startsWith(`${k.code}.`))).toBe(`${k.code}.2001`);
  });

  it('is the same for the same seed and spreads villages differently for another', () => {
    expect(villages(kukar, 0.25)).toEqual(villages(kukar, 0.25));
    expect(villages(kukar, 0.25, ILLUSTRATIVE_SEED + 1).map((v) => v.code)).not.toEqual(villages(kukar, 0.25).map((v) => v.code));
  });

  it('with fewer villages than kecamatan, puts each in a different kecamatan', () => {
    // A share of 0 gives the fewest villages, 24; an invented district with 30 kecamatan has more.
    const many = Array.from({ length: 30 }, (_, i) => ({ code: `64.02.${String(i + 1).padStart(2, '0')}`, name: `K${i + 1}` }));
    const spread = villagesOf(kukar, many, 0, randomFor(ILLUSTRATIVE_SEED, 'few'));
    expect(spread).toHaveLength(24);
    expect(new Set(spread.map((v) => prefix(v.code))).size).toBe(24);
  });
});
