import { describe, expect, it } from 'vitest';
import { HEADER_SYNONYMS, normaliseHeader } from '../../../../src/data/mapping/header-synonyms.ts';
import { SPECS } from './catalog-specs.ts';

describe('normaliseHeader', () => {
  it.each<[string, string]>([
    ['Kabupaten/Kota', 'kabupaten kota'],
    ['Persentase Penduduk Miskin (P0) (Persen)', 'persentase penduduk miskin p0 persen'],
    ['Garis Kemiskinan (Rupiah/Kapita/Bulan)', 'garis kemiskinan rupiah kapita bulan'],
    ['Poverty rate (%)', 'poverty rate persen'],
    ['Target(%)', 'target persen'],
    ['Anggaran (Rp)', 'anggaran rp'],
    ['bps_kode_kabupaten_kota', 'bps kode kabupaten kota'],
    ['  Kode   Wilayah\t', 'kode wilayah'],
    ['Tahun*)', 'tahun'],
    ['Désil', 'desil'],
    ["Jum'lah", 'jumlah'],
    ['No.', 'no'],
    ['', ''],
    ['---', ''],
  ])('%j -> %j', (input, expected) => {
    expect(normaliseHeader(input)).toBe(expected);
  });
});

describe('HEADER_SYNONYMS', () => {
  const entries = Object.entries(HEADER_SYNONYMS).flatMap(([id, byColumn]) =>
    Object.entries(byColumn).map(([column, phrases]) => [id, column, phrases] as const),
  );

  it.each(entries)('%s.%s names a catalog column in normalised phrases', (id, column, phrases) => {
    expect(SPECS.find((s) => s.id === id)?.columns.map((c) => c.name)).toContain(column);
    for (const phrase of phrases) expect(normaliseHeader(phrase)).toBe(phrase);
    expect(new Set(phrases).size).toBe(phrases.length);
  });

  it('covers the four datasets users upload, every column', () => {
    for (const id of ['poverty', 'targets', 'coverage', 'register']) {
      const columns = SPECS.find((s) => s.id === id)?.columns.map((c) => c.name);
      expect(Object.keys(HEADER_SYNONYMS[id] ?? {}).sort()).toEqual([...(columns ?? [])].sort());
    }
  });
});
