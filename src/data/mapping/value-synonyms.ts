import { normaliseHeader } from './header-synonyms.ts';

const entries = (allowed: string, texts: string[]): [string, string][] => texts.map((t) => [t, allowed]);

/**
 * Allowed values of coded columns under the other names files use for them, keyed "dataset.column",
 * then normalised text → allowed value. Every allowed value is also listed under its own normalised
 * form, so mapping a value twice gives the same answer.
 */
export const VALUE_SYNONYMS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'poverty.period': Object.fromEntries([
    ...entries('mar', ['mar', 'maret', 'march', '03', '3', 'semester 1', 'semester i', 's1', 'sem 1', 'sem i']),
    ...entries('sep', ['sep', 'september', 'sept', '09', '9', 'semester 2', 'semester ii', 's2', 'sem 2', 'sem ii']),
  ]),
  'targets.indicator': Object.fromEntries([
    ...entries('poverty_rate', [
      'poverty rate',
      'persentase penduduk miskin',
      'tingkat kemiskinan',
      'kemiskinan',
      'persentase kemiskinan',
      'angka kemiskinan',
      'p0',
    ]),
    ...entries('extreme_poverty_rate', [
      'extreme poverty rate',
      'kemiskinan ekstrem',
      'kemiskinan ekstrim',
      'persentase penduduk miskin ekstrem',
      'tingkat kemiskinan ekstrem',
      'extreme poverty',
    ]),
  ]),
  'coverage.unit': Object.fromEntries([
    ...entries('person', ['person', 'orang', 'jiwa', 'penerima', 'people', 'persons', 'individu', 'individual']),
    ...entries('household', ['household', 'kk', 'keluarga', 'rumah tangga', 'ruta', 'kpm', 'family', 'households']),
    ...entries('student', ['student', 'siswa', 'murid', 'pelajar', 'mahasiswa', 'students']),
  ]),
};

/** The allowed value a text stands for in a coded column, or the text itself when no synonym applies. */
export function canonicalValue(dataset: string, column: string, text: string): string {
  const key = `${dataset}.${column}`;
  if (!Object.hasOwn(VALUE_SYNONYMS, key)) return text;
  const table = VALUE_SYNONYMS[key] ?? {};
  const normalised = normaliseHeader(text);
  return Object.hasOwn(table, normalised) ? (table[normalised] ?? text) : text;
}
