import { describe, expect, it } from 'vitest';
import { sniffDelimiter } from '../../../../src/data/layout/sniff-delimiter.ts';
import type { Delimiter } from '../../../../src/data/layout/table-layout.ts';

describe('sniffDelimiter', () => {
  it.each<[string, string, Delimiter]>([
    ['semicolon', 'a;b;c\n1;2;3\n4;5;6\n', ';'],
    ['comma', 'a,b,c\n1,2,3\n4,5,6\n', ','],
    ['tab', 'a\tb\n1\t2\n', '\t'],
    ['pipe', 'a|b\n1|2\n', '|'],
    ['comma with quoted semicolons', '"x;y",b\n"p;q",2\n"r;s",3\n', ','],
    ['semicolon with decimal commas', 'Kab;P0\nPaser;8,54\nBerau;5,20\n', ';'],
    ['a tie goes to ";"', 'a;b,c\n', ';'],
    ['nothing splits: ";"', 'one column\nstill one\n', ';'],
    ['empty: ";"', '', ';'],
  ])('%s', (_, text, expected) => {
    expect(sniffDelimiter(text)).toBe(expected);
  });

  it('takes commas that only sit inside numbers for decimal marks, even when a title and note have commas', () => {
    const text = 'Judul, sintetis\nKab;Tahun;P0\nPaser;2024;8,54\nBerau;2024;5,20\nBontang;2024;3,92\nCatatan: a, b\n';
    expect(sniffDelimiter(text)).toBe(';');
    const tab = 'Kab\t2023\t2024\n' + 'Paser\t25,41\t24,90\n'.repeat(30);
    expect(sniffDelimiter(tab)).toBe('\t');
  });

  it('keeps "," when the other split holds commas in text, not numbers', () => {
    expect(sniffDelimiter('nama,catatan\nPaser,"a;b"\nBerau,"c;d"\nx;y,1\n')).toBe(',');
  });

  it('ignores a cut last record of an incomplete sample', () => {
    expect(sniffDelimiter('a,b\n1,2\n3;4;5;6;7;8', false)).toBe(',');
  });
});
