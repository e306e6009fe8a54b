import { describe, expect, it } from 'vitest';
import { datasetById, fileSpec, parseCatalog } from '../../../src/data/catalog.ts';
import { bundledCatalog } from '../helpers/engine.ts';

describe('the bundled catalog', () => {
  const catalog = bundledCatalog();

  it('lists the four datasets, referenced tables first', () => {
    expect(catalog.datasets.map((d) => [d.id, d.load])).toEqual([
      ['areas', 'areas.parquet'],
      ['poverty', 'poverty.parquet'],
      ['targets', 'targets.parquet'],
      ['programmes', 'programmes.parquet'],
    ]);
  });

  it("poverty's CSV is BPS style", () => {
    expect(fileSpec(datasetById(catalog, 'poverty'), 'poverty.csv')).toEqual({ path: 'poverty.csv', format: 'csv', delimiter: ';', decimal: ',' });
    expect(fileSpec(datasetById(catalog, 'poverty'), 'nope.csv')).toBeUndefined();
  });

  it('datasetById names the ids that exist', () => {
    expect(() => datasetById(catalog, 'budget')).toThrow('No dataset "budget" in the catalog (have: areas, poverty, targets, programmes)');
  });
});

describe('parseCatalog', () => {
  it.each([null, {}, { datasets: 'x' }])('refuses %j', (json) => {
    expect(() => parseCatalog(json)).toThrow('catalog.json: expected an object with a "datasets" array');
  });

  it('refuses a dataset without its table', () => {
    expect(() => parseCatalog({ datasets: [{ id: 'x', columns: [], files: [] }] })).toThrow('dataset "x" needs id, table, columns and files');
  });

  it('refuses a load file that is not among the files', () => {
    const d = { id: 'x', table: 'x', columns: [], files: [{ path: 'x.csv', format: 'csv' }], load: 'x.parquet' };
    expect(() => parseCatalog({ datasets: [d] })).toThrow('catalog.json: dataset "x" loads "x.parquet", which is not among its files');
  });
});
