import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalValue, VALUE_SYNONYMS } from '../../../../src/data/mapping/value-synonyms.ts';
import { normaliseHeader } from '../../../../src/data/mapping/header-synonyms.ts';
import { SPECS } from './catalog-specs.ts';

describe('canonicalValue', () => {
  it.each<[string, string, string, string]>([
    ['poverty', 'period', 'Maret', 'mar'],
    ['poverty', 'period', 'MARCH', 'mar'],
    ['poverty', 'period', '03', 'mar'],
    ['poverty', 'period', '3', 'mar'],
    ['poverty', 'period', 'Semester I', 'mar'],
    ['poverty', 'period', 'Semester 1', 'mar'],
    ['poverty', 'period', 'S1', 'mar'],
    ['poverty', 'period', 'mar', 'mar'],
    ['poverty', 'period', ' September ', 'sep'],
    ['poverty', 'period', 'Sept.', 'sep'],
    ['poverty', 'period', '09', 'sep'],
    ['poverty', 'period', '9', 'sep'],
    ['poverty', 'period', 'Semester II', 'sep'],
    ['poverty', 'period', 's2', 'sep'],
    ['poverty', 'period', 'sep', 'sep'],
    ['poverty', 'period', 'Juni', 'Juni'],
    ['poverty', 'period', '2023', '2023'],
    ['targets', 'indicator', 'Persentase Penduduk Miskin', 'poverty_rate'],
    ['targets', 'indicator', 'Tingkat Kemiskinan', 'poverty_rate'],
    ['targets', 'indicator', 'Kemiskinan', 'poverty_rate'],
    ['targets', 'indicator', 'Poverty rate', 'poverty_rate'],
    ['targets', 'indicator', 'P0', 'poverty_rate'],
    ['targets', 'indicator', 'poverty_rate', 'poverty_rate'],
    ['targets', 'indicator', 'Kemiskinan Ekstrem', 'extreme_poverty_rate'],
    ['targets', 'indicator', 'Persentase Penduduk Miskin Ekstrem', 'extreme_poverty_rate'],
    ['targets', 'indicator', 'Extreme poverty rate', 'extreme_poverty_rate'],
    ['targets', 'indicator', 'extreme_poverty_rate', 'extreme_poverty_rate'],
    ['targets', 'indicator', 'Gini', 'Gini'],
    ['coverage', 'unit', 'Orang', 'person'],
    ['coverage', 'unit', 'jiwa', 'person'],
    ['coverage', 'unit', 'Penerima', 'person'],
    ['coverage', 'unit', 'people', 'person'],
    ['coverage', 'unit', 'KK', 'household'],
    ['coverage', 'unit', 'Keluarga', 'household'],
    ['coverage', 'unit', 'Rumah Tangga', 'household'],
    ['coverage', 'unit', 'RUTA', 'household'],
    ['coverage', 'unit', 'family', 'household'],
    ['coverage', 'unit', 'Siswa', 'student'],
    ['coverage', 'unit', 'murid', 'student'],
    ['coverage', 'unit', 'Pelajar', 'student'],
    ['coverage', 'unit', 'student', 'student'],
    ['coverage', 'unit', 'paket', 'paket'],
    // Columns without synonyms keep the text as it is, spaces and case included.
    ['poverty', 'source', ' BPS Kaltim ', ' BPS Kaltim '],
    ['nope', 'period', 'Maret', 'Maret'],
    ['poverty', 'constructor', 'x', 'x'],
    ['poverty', 'period', 'constructor', 'constructor'],
    ['poverty', 'period', '__proto__', '__proto__'],
  ])('%s.%s %j -> %j', (dataset, column, text, expected) => {
    expect(canonicalValue(dataset, column, text)).toBe(expected);
  });

  it('maps only to values the catalog allows, from normalised keys', () => {
    for (const [key, table] of Object.entries(VALUE_SYNONYMS)) {
      const [dataset, column] = key.split('.');
      const allowed = SPECS.find((s) => s.id === dataset)?.columns.find((c) => c.name === column)?.oneOf;
      expect(allowed, key).toBeDefined();
      for (const [text, value] of Object.entries(table)) {
        expect(normaliseHeader(text)).toBe(text);
        expect(allowed).toContain(value);
      }
      // Every allowed value stands for itself.
      for (const value of allowed ?? []) expect(canonicalValue(dataset!, column!, value)).toBe(value);
    }
  });

  it('is idempotent', () => {
    const keys = Object.keys(VALUE_SYNONYMS).map((k) => k.split('.') as [string, string]);
    const texts = Object.values(VALUE_SYNONYMS).flatMap((t) => [...Object.keys(t), ...Object.values(t)]);
    fc.assert(
      fc.property(
        fc.constantFrom(...keys, ['poverty', 'source'] as [string, string]),
        fc.oneof(fc.string(), fc.constantFrom(...texts)),
        ([dataset, column], text) => {
          const once = canonicalValue(dataset, column, text);
          expect(canonicalValue(dataset, column, once)).toBe(once);
        },
      ),
      { seed: 20250618, numRuns: 2000 },
    );
  });
});
