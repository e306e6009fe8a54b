import { describe, expect, it } from 'vitest';
import { columnLabel, datasetById, fileSpec, parseCatalog } from '../../../src/data/catalog.ts';
import { bundledCatalog } from '../helpers/engine.ts';

describe('the bundled catalog', () => {
  const catalog = bundledCatalog();

  it('lists the datasets, referenced tables first; only the register waits until a view needs it', () => {
    expect(catalog.datasets.map((d) => [d.id, d.load, d.illustrative, d.lazy ?? false])).toEqual([
      ['areas', 'areas.csv', false, false],
      ['poverty', 'poverty.csv', false, false],
      ['national', 'national.csv', false, false],
      ['targets', 'targets.csv', false, false],
      ['programmes', 'programmes.csv', false, false],
      ['programme_kinds', 'programme_kinds.csv', true, false],
      ['overlap_rules', 'overlap_rules.csv', true, false],
      ['coverage', 'coverage.csv', true, false],
      ['register', 'register.duckdb.gzip', true, true],
    ]);
  });

  it("poverty's CSV is BPS style", () => {
    expect(fileSpec(datasetById(catalog, 'poverty'), 'poverty.csv')).toMatchObject({
      path: 'poverty.csv',
      format: 'csv',
      delimiter: ';',
      decimal: ',',
      proof: { rows: 114 },
    });
    expect(fileSpec(datasetById(catalog, 'poverty'), 'nope.csv')).toBeUndefined();
  });

  it('every column a user can load a file into has a label in both languages, distinct within its dataset', () => {
    for (const id of ['poverty', 'targets', 'coverage', 'register']) {
      const columns = datasetById(catalog, id).columns;
      for (const lang of ['id', 'en'] as const) {
        const labels = columns.map((c) => columnLabel(c, lang));
        expect(columns.filter((c) => !c.label?.[lang]).map((c) => `${id}.${c.name}`)).toEqual([]);
        expect(new Set(labels).size).toBe(labels.length);
      }
    }
    const rate = datasetById(catalog, 'poverty').columns.find((c) => c.name === 'rate_pct')!;
    expect([columnLabel(rate, 'id'), columnLabel(rate, 'en')]).toEqual([
      'Persentase penduduk miskin (P0, %)',
      'Poverty rate (P0, %)',
    ]);
    expect(columnLabel({ name: 'bps_code', type: 'text' }, 'en')).toBe('bps_code');
  });

  it('datasetById names the ids that exist', () => {
    expect(() => datasetById(catalog, 'budget')).toThrow(
      'No dataset "budget" in the catalog (have: areas, poverty, national, targets, programmes, programme_kinds, overlap_rules, coverage, register)',
    );
  });
});

describe('parseCatalog', () => {
  it.each([null, {}, { datasets: 'x' }])('refuses %j', (json) => {
    expect(() => parseCatalog(json)).toThrow('catalog.json: expected an object with a "datasets" array');
  });

  it('refuses a dataset without its table', () => {
    expect(() => parseCatalog({ datasets: [{ id: 'x', columns: [], files: [] }] })).toThrow(
      'dataset "x" needs id, table, columns and files',
    );
  });

  const texts = {
    title: { id: 'X', en: 'X' },
    source: { id: 'Sumber', en: 'Source' },
    vintage: { id: '2025', en: '2025' },
  };

  it('refuses a load file that is not among the files', () => {
    const d = {
      id: 'x',
      table: 'x',
      columns: [],
      files: [{ path: 'x.csv', format: 'csv' }],
      load: 'x.parquet',
      ...texts,
    };
    expect(() => parseCatalog({ datasets: [d] })).toThrow(
      'catalog.json: dataset "x" loads "x.parquet", which is not among its files',
    );
  });

  it('refuses a source or vintage in one language only (every text under a chart is bilingual)', () => {
    const d = { id: 'x', table: 'x', columns: [], files: [{ path: 'x.csv', format: 'csv' }], load: 'x.csv', ...texts };
    expect(parseCatalog({ datasets: [d] }).datasets[0]!.vintage.en).toBe('2025');
    expect(() => parseCatalog({ datasets: [{ ...d, vintage: '2025' }] })).toThrow(
      'dataset "x" needs "vintage" in both languages',
    );
    expect(() => parseCatalog({ datasets: [{ ...d, source: { id: 'Sumber' } }] })).toThrow(
      'dataset "x" needs "source" in both languages',
    );
  });

  it('refuses a file proof that is not a SHA-256 in hex, a whole row count and an optional canonical flag', () => {
    const file = { path: 'x.csv', format: 'csv' };
    const d = { id: 'x', table: 'x', columns: [], load: 'x.csv', ...texts };
    const good = { sha256: 'ab'.repeat(32), rows: 3 };
    expect(parseCatalog({ datasets: [{ ...d, files: [{ ...file, proof: good }] }] }).datasets[0]!.files[0]).toEqual({
      ...file,
      proof: good,
    });
    const canonical = { ...good, canonical: true };
    expect(
      parseCatalog({ datasets: [{ ...d, files: [{ ...file, proof: canonical }] }] }).datasets[0]!.files[0],
    ).toEqual({
      ...file,
      proof: canonical,
    });
    for (const proof of [
      { ...good, sha256: 'AB'.repeat(32) },
      { ...good, sha256: 'ab' },
      { ...good, rows: 2.5 },
      { ...good, canonical: 'yes' },
      { ...good, tables: [1] },
      { ...good, source: 'ab' },
      {},
    ])
      expect(() => parseCatalog({ datasets: [{ ...d, files: [{ ...file, proof }] }] })).toThrow(
        'catalog.json: file "x.csv" of "x" needs a proof of { "sha256": hex, "rows": integer, "canonical"?: boolean, "tables"?: [names], "source"?: hex }',
      );
  });

  it('refuses a column label that is not in both languages', () => {
    const d = { id: 'x', table: 'x', load: 'x.csv', files: [{ path: 'x.csv', format: 'csv' }], ...texts };
    const column = { name: 'tahun', type: 'integer' };
    expect(
      parseCatalog({ datasets: [{ ...d, columns: [{ ...column, label: { id: 'Tahun', en: 'Year' } }] }] }),
    ).toBeTruthy();
    expect(() => parseCatalog({ datasets: [{ ...d, columns: [{ ...column, label: { id: 'Tahun' } }] }] })).toThrow(
      'catalog.json: column "tahun" of "x" needs its "label" in both languages',
    );
  });
});
