import { describe, expect, it } from 'vitest';
import { parseDelimited } from '../../../../src/data/layout/parse-delimited.ts';
import type { Delimiter } from '../../../../src/data/layout/table-layout.ts';

const cellsOf = (text: string, delimiter: Delimiter, complete?: boolean) =>
  parseDelimited(text, delimiter, complete === undefined ? {} : { complete }).map((record) => record.cells);

describe('parseDelimited', () => {
  it.each<[string, Delimiter, string[][]]>([
    ['', ';', []],
    [
      'a;b\n1;2\n',
      ';',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'a;b\r\n1;2\r\n',
      ';',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'a;b\r1;2\r',
      ';',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'a;b\n1;2',
      ';',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    ['a;;\n', ';', [['a', '', '']]],
    ['a\n\nb\n', ';', [['a'], [''], ['b']]],
    ['"a;b";c\n', ';', [['a;b', 'c']]],
    ['"say ""hi""",x\n', ',', [['say "hi"', 'x']]],
    ['"two\nlines";x\n', ';', [['two\nlines', 'x']]],
    ['"";x', ';', [['', 'x']]],
    ['a\tb|c\n', '\t', [['a', 'b|c']]],
    ['a|b\n', '|', [['a', 'b']]],
  ])('%j with %j', (text, delimiter, expected) => {
    expect(cellsOf(text, delimiter)).toEqual(expected);
  });

  it('is lenient: an unterminated quote runs to the end, a stray quote is kept, text after a closing quote is kept', () => {
    expect(cellsOf('a;"open\nstill;open', ';')).toEqual([['a', 'open\nstill;open']]);
    expect(cellsOf('12" pipe;x\n', ';')).toEqual([['12" pipe', 'x']]);
    expect(cellsOf('"quoted"tail;x\n', ';')).toEqual([['quotedtail', 'x']]);
  });

  it('counts physical lines, a quoted line break included', () => {
    const records = parseDelimited('h1;h2\r\n"a\r\nb";c\r\nd;e\r\n', ';');
    expect(records.map((record) => record.line)).toEqual([1, 2, 4]);
  });

  it('counts CRLF, LF and lone CR as one break each, inside quotes too', () => {
    const records = parseDelimited('"x\ry\nz";1\r\n2\r3\n4', ';');
    expect(records.map((record) => [record.line, record.cells[0]])).toEqual([
      [1, 'x\ry\nz'],
      [4, '2'],
      [5, '3'],
      [6, '4'],
    ]);
  });

  it('gives char offsets, end after the line break', () => {
    const records = parseDelimited('ab;c\r\nd\n', ';');
    expect(records.map(({ start, end }) => [start, end])).toEqual([
      [0, 6],
      [6, 8],
    ]);
  });

  it('drops a record that may be cut when the text is not complete', () => {
    expect(cellsOf('a;b\n1;2', ';', false)).toEqual([['a', 'b']]);
    expect(cellsOf('a;b\n1;2\n', ';', false)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(cellsOf('a;b\n"1\n2', ';', false)).toEqual([['a', 'b']]);
    expect(cellsOf('a;b\n"1\n2', ';', true)).toEqual([['a', 'b'], ['1\n2']]);
  });

  it('stops after maxRecords', () => {
    expect(parseDelimited('1\n2\n3\n', ';', { maxRecords: 2 }).map((record) => record.cells)).toEqual([['1'], ['2']]);
  });
});
