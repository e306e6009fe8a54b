import { describe, expect, it } from 'vitest';
import { parseDelimited } from '../../../../src/data/layout/parse-delimited.ts';
import { isNoteRecord, notesStart, trailingNotes } from '../../../../src/data/layout/trailing-notes.ts';

describe('isNoteRecord', () => {
  it.each<[string[], boolean]>([
    [['Sumber: Badan Pusat Statistik', '', ''], true],
    [['Catatan: angka sementara'], true],
    [['Source: BPS', 'diolah'], true],
    [['Note: synthetic', 'x'], true],
    [['Keterangan', 'r = revisi'], true],
    [['Ket. *) angka sementara', 'x'], true],
    [['*) angka sementara', 'x'], true],
    [['¹ angka sangat sementara', 'x'], true],
    [['- data tidak tersedia', 'x'], true],
    [['Apa saja tanpa awalan', '', ''], true],
    [['Data diolah dari Susenas', ''], true],
    [['Angka sementara.', ''], true],
    [['Mahakam Ulu', '', '', ''], false],
    [['Kutai Kartanegara', ''], false],
    [['6411', '', ''], false],
    [['Paser', '8,54', '8,21'], false],
    [['-', '-', '-'], false],
    [['-5', '3'], false],
    [['Sumberjaya', '4,1'], false],
    [['', 'Sumber: BPS'], false],
    [['', '', ''], false],
    [[], false],
  ])('%j -> %s', (cells, expected) => {
    expect(isNoteRecord(cells)).toBe(expected);
  });
});

describe('trailingNotes', () => {
  const records = parseDelimited('Kab;P0\nPaser;8,5\n\nSumber: BPS;;\n;;\nCatatan: a;b\n', ';');

  it('collects the notes ending the records, in file order, skipping blanks', () => {
    expect(trailingNotes(records, ';')).toEqual(['Sumber: BPS', 'Catatan: a; b']);
    expect(notesStart(records)).toBe(2);
  });

  it('stops at the first record that is not a note, and never looks above `from`', () => {
    const onlyNotes = parseDelimited('Sumber: BPS\nCatatan\n', ';');
    expect(trailingNotes(onlyNotes, ';', 1)).toEqual(['Catatan']);
    expect(trailingNotes(parseDelimited('Kab;P0\nPaser;1\n', ';'), ';')).toEqual([]);
  });
});
