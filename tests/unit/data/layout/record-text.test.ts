import { describe, expect, it } from 'vitest';
import { nonEmptyCells } from '../../../../src/data/layout/non-empty-cells.ts';
import { recordText } from '../../../../src/data/layout/record-text.ts';

describe('nonEmptyCells', () => {
  it('trims and drops empty cells', () => {
    expect(nonEmptyCells([' a ', '', '  ', 'b'])).toEqual(['a', 'b']);
  });
});

describe('recordText', () => {
  it.each<[string[], ';' | ',' | '\t' | '|', string]>([
    [['Judul tabel', '', '', ''], ';', 'Judul tabel'],
    [['Persentase Penduduk Miskin', ' 2022-2024'], ',', 'Persentase Penduduk Miskin, 2022-2024'],
    [['a', 'b'], '\t', 'a b'],
    [['', ''], '|', ''],
  ])('%j (%j) -> %j', (cells, delimiter, expected) => {
    expect(recordText(cells, delimiter)).toBe(expected);
  });
});
