import fs from 'node:fs';
import { csvParse } from 'd3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveArea, type AreaCodeSystem, type AreaKeys } from '../../../src/domain/resolve-area.ts';

// The real rows of datasets/areas.csv: BPS 6402 is Kutai Barat, Kemendagri 64.02 is Kutai Kartanegara.
const AREAS: AreaKeys[] = csvParse(
  fs.readFileSync(new URL('../../../datasets/areas.csv', import.meta.url), 'utf8'),
).map((row) => ({
  bps_code: row.bps_code ?? '',
  kemendagri_code: row.kemendagri_code ?? '',
  name: row.name ?? '',
  short_name: row.short_name ?? '',
}));
const SYSTEMS: AreaCodeSystem[] = ['auto', 'bps', 'kemendagri'];

describe('resolveArea', () => {
  it('reads the eleven areas of areas.csv', () => {
    expect(AREAS).toHaveLength(11);
  });

  it.each<[string, AreaCodeSystem[], string | null]>([
    ['6403', ['auto', 'bps'], '6403'],
    ['6403', ['kemendagri'], '6405'],
    ['6402', ['auto', 'bps'], '6402'],
    ['6402', ['kemendagri'], '6403'],
    ['64.02', SYSTEMS, '6403'],
    ['64.07', SYSTEMS, '6402'],
    ['6400', ['auto', 'bps'], '64'],
    ['64', SYSTEMS, '64'],
    ['64.00', SYSTEMS, '64'],
    ['64.0', SYSTEMS, '64'],
    ['6403.0', ['auto', 'bps'], '6403'],
    ['6403,00', ['auto', 'bps'], '6403'],
    ['6.403', ['auto', 'bps'], '6403'],
    [' 6403 ', ['auto', 'bps'], '6403'],
    ['64 03', ['auto', 'bps'], '6403'],
    ['64. 02', SYSTEMS, '6403'],
    ['64,02', SYSTEMS, '6403'],
    ['64.1', SYSTEMS, null],
    ['Kutai Kartanegara', SYSTEMS, '6403'],
    ['KAB. KUTAI KARTANEGARA', SYSTEMS, '6403'],
    ['Kabupaten Kutai Kartanegara', SYSTEMS, '6403'],
    ['Kutai Kertanegara', SYSTEMS, '6403'],
    ['Kukar', SYSTEMS, '6403'],
    ['Kota Samarinda', SYSTEMS, '6472'],
    ['Samarinda', SYSTEMS, '6472'],
    ['SAMARINDA CITY', SYSTEMS, '6472'],
    ['Kalimantan Timur', SYSTEMS, '64'],
    ['Provinsi Kalimantan Timur', SYSTEMS, '64'],
    ['PROV. KALIMANTAN TIMUR', SYSTEMS, '64'],
    ['Prov. Kaltim', SYSTEMS, '64'],
    ['Kaltim', SYSTEMS, '64'],
    ['East Kalimantan', SYSTEMS, '64'],
    ['East Kalimantan Province', SYSTEMS, '64'],
    ['Mahakam Hulu', SYSTEMS, '6411'],
    ['Kabupaten Mahakam Hulu', SYSTEMS, '6411'],
    ['Pasir', SYSTEMS, '6401'],
    ['PPU', SYSTEMS, '6409'],
    ['Penajam', SYSTEMS, '6409'],
    ['Jakarta', SYSTEMS, null],
    ['DKI Jakarta', SYSTEMS, null],
    ['', SYSTEMS, null],
    ['   ', SYSTEMS, null],
    ['99', SYSTEMS, null],
    ['9999', SYSTEMS, null],
    ['6301', SYSTEMS, null],
    ['63.01', SYSTEMS, null],
    ['640', SYSTEMS, null],
    ['64030', SYSTEMS, null],
    ['64.02.01.2001', SYSTEMS, null],
    ['-6403', SYSTEMS, null],
    ['Kota', SYSTEMS, null],
    ['Kabupaten', SYSTEMS, null],
  ])('%j under %j -> %j', (value, systems, expected) => {
    for (const system of systems) expect(resolveArea(value, AREAS, system), system).toBe(expected);
  });

  it.each(AREAS.map((a) => [a.name, a] as const))('%s by each of its keys', (_name, area) => {
    for (const system of SYSTEMS) {
      expect(resolveArea(area.kemendagri_code, AREAS, system)).toBe(area.bps_code);
      expect(resolveArea(area.name, AREAS, system)).toBe(area.bps_code);
      expect(resolveArea(area.short_name, AREAS, system)).toBe(area.bps_code);
      expect(resolveArea(area.name.toUpperCase(), AREAS, system)).toBe(area.bps_code);
    }
    expect(resolveArea(area.bps_code, AREAS, 'auto')).toBe(area.bps_code);
    expect(resolveArea(area.bps_code, AREAS, 'bps')).toBe(area.bps_code);
    expect(resolveArea(area.kemendagri_code.replace('.', ''), AREAS, 'kemendagri')).toBe(area.bps_code);
  });

  it('follows a changed area list', () => {
    const renamed = AREAS.map((a) => (a.bps_code === '6403' ? { ...a, short_name: 'KK' } : a));
    expect(resolveArea('Kukar', AREAS, 'auto')).toBe('6403');
    expect(resolveArea('Kukar', renamed, 'auto')).toBeNull();
    expect(resolveArea('KK', renamed, 'auto')).toBe('6403');
  });

  it('decides nothing on a name two areas share', () => {
    const twins: AreaKeys[] = [
      { bps_code: '6401', kemendagri_code: '64.01', name: 'Paser', short_name: 'Sama' },
      { bps_code: '6402', kemendagri_code: '64.07', name: 'Kutai Barat', short_name: 'Sama' },
    ];
    expect(resolveArea('Sama', twins, 'auto')).toBeNull();
    expect(resolveArea('Paser', twins, 'auto')).toBe('6401');
  });

  it('never throws and answers an area of the list or null', () => {
    const codes = new Set(AREAS.map((a) => a.bps_code));
    const keys = AREAS.flatMap((a) => [a.bps_code, a.kemendagri_code, a.name, a.short_name]);
    const value = fc.oneof(
      fc.string(),
      fc.constantFrom(...keys),
      fc.stringMatching(/^\s?\d{1,5}([.,]\d{0,3})?\s?$/),
      fc.tuple(fc.constantFrom('Kab. ', 'Kota ', 'Provinsi ', ''), fc.constantFrom(...keys)).map(([a, b]) => a + b),
    );
    fc.assert(
      fc.property(value, fc.constantFrom(...SYSTEMS), (text, system) => {
        const code = resolveArea(text, AREAS, system);
        expect(code === null || codes.has(code)).toBe(true);
      }),
      { seed: 20250618, numRuns: 2000 },
    );
  });
});
