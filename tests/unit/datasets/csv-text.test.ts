import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../scripts/datasets/csv-parse.ts';
import { formatCsv, quoteField } from '../../../scripts/datasets/csv-format.ts';
import { FactError } from '../../../scripts/datasets/fact-error.ts';
import { formatNumber } from '../../../scripts/datasets/number-text.ts';

describe('parseCsv', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks, keeping start lines', () => {
    const records = parseCsv('a,b\n"x, y","say ""hi"""\n"two\nlines",z\n', 'f.csv');
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x, y', 'say "hi"'] },
      { line: 3, fields: ['two\nlines', 'z'] },
    ]);
  });

  it('accepts CRLF, a missing final newline and empty fields, and skips blank lines', () => {
    expect(parseCsv('a,b\r\n,2\r\n\r\n3,', 'f.csv').map((r) => r.fields)).toEqual([['a', 'b'], ['', '2'], ['3', '']]);
  });

  it('names the file and line of an unclosed quote', () => {
    expect(() => parseCsv('a\n"open\n', 'f.csv')).toThrow(new FactError('f.csv', 2, '(quoted field)', 'the closing quote is missing'));
  });

  it('rejects text after a closing quote', () => {
    expect(() => parseCsv('"a"b,c\n', 'f.csv')).toThrow(FactError);
  });
});

describe('formatNumber', () => {
  const bps = { decimal: ',', groupThousands: true, minDecimals: 0 } as const;

  it('writes BPS style: dotted thousands, decimal comma', () => {
    expect(formatNumber(866193, bps)).toBe('866.193');
    expect(formatNumber(1234567.5, bps)).toBe('1.234.567,5');
    expect(formatNumber(60.857, { ...bps, groupThousands: false })).toBe('60,857');
  });

  it('pads to the fewest decimals without dropping reported ones', () => {
    expect(formatNumber(59, { ...bps, minDecimals: 2 })).toBe('59,00');
    expect(formatNumber(0.904, { ...bps, minDecimals: 2 })).toBe('0,904');
    expect(formatNumber(-1.8, { decimal: '.', groupThousands: false, minDecimals: 0 })).toBe('-1.8');
  });

  it('refuses exponent notation rather than writing it', () => {
    expect(() => formatNumber(1e-7, bps)).toThrow(/plain decimal/);
  });
});

describe('formatCsv', () => {
  it('quotes only fields that need it, for the delimiter in use', () => {
    expect(quoteField('a;b', ';')).toBe('"a;b"');
    expect(quoteField('a,b', ';')).toBe('a,b');
    expect(quoteField('say "hi"', ',')).toBe('"say ""hi"""');
    expect(quoteField('two\nlines', ',')).toBe('"two\nlines"');
  });

  it('writes a header, empty cells for missing values and LF line ends', () => {
    const rows = [{ id: 'x', v: 5.5, n: null }, { id: 'y;z', v: 1000, n: 2 }];
    const style = { delimiter: ';', decimal: ',', groupThousands: ['v'] } as const;
    expect(formatCsv(rows, ['id', 'v', 'n'], style)).toBe('id;v;n\nx;5,5;\n"y;z";1.000;2\n');
  });
});
