import { describe, expect, it } from 'vitest';
import { findHeader } from '../../../../src/data/layout/find-header.ts';
import { parseDelimited } from '../../../../src/data/layout/parse-delimited.ts';
import type { Delimiter } from '../../../../src/data/layout/table-layout.ts';

const headerIndex = (text: string, delimiter: Delimiter = ';', line?: number) =>
  findHeader(parseDelimited(text, delimiter), line);

describe('findHeader', () => {
  it.each<[string, string, Delimiter, number]>([
    ['the first line', 'Kab;P0\nPaser;8,5\n', ';', 0],
    ['under a title and a blank line', 'Judul;;\n;;\nKab;2023;2024\nPaser;1;2\n', ';', 2],
    ['under a title holding the delimiter', 'Persentase, 2022-2024\n\nKab,2023,2024\nPaser,1,2\nBerau,3,4\n', ',', 2],
    ['with notes under a short table', 'Kab;P0\nPaser;8,5\nSumber: BPS\nCatatan: sintetis\n', ';', 0],
    ['despite a ragged row', 'Kab;A;B\nPaser;1;2\nBerau;3\nBontang;4;5\n', ';', 0],
    ['no consistent record: the first with two cells', 'x\na;b\n1;2;3\n4;5;6;7\n', ';', 1],
    ['one column: the first non-blank record', '\n\nnama\nPaser\n', ';', 2],
    ['nothing at all', '', ';', 0],
  ])('%s', (_, text, delimiter, expected) => {
    expect(headerIndex(text, delimiter)).toBe(expected);
  });

  it('takes the record on (or first after) the line the user chose', () => {
    const text = 'Judul\nKab;A\n"x\ny";1\nPaser;2\n';
    expect(headerIndex(text, ';', 4)).toBe(3);
    expect(headerIndex(text, ';', 3)).toBe(2);
    expect(headerIndex(text, ';', 99)).toBe(1);
  });
});
