import { describe, expect, it } from 'vitest';
import {
  CSV_STYLES,
  csvBytes,
  csvField,
  csvNumber,
  csvParts,
  csvText,
  guardFormula,
} from '../../../src/domain/csv-text.ts';

describe('csvField', () => {
  it('quotes a field only when it holds the delimiter, a quote or a line break, or spaces at its ends', () => {
    expect(csvField('0000000000a1', 'plain')).toBe('0000000000a1');
    expect(csvField('a, b', 'plain')).toBe('"a, b"');
    expect(csvField('a, b', 'id')).toBe('a, b');
    expect(csvField('a; b', 'id')).toBe('"a; b"');
    expect(csvField('say "hi"', 'plain')).toBe('"say ""hi"""');
    expect(csvField('two\nlines', 'plain')).toBe('"two\nlines"');
    expect(csvField(' padded', 'plain')).toBe('" padded"');
    expect(csvField(null, 'plain')).toBe('');
    expect(csvField(undefined, 'id')).toBe('');
  });

  it('writes numbers in the style decimal mark, never grouped', () => {
    expect(csvField(5_000_000, 'id')).toBe('5000000');
    expect(csvField(7.28, 'id')).toBe('7,28');
    expect(csvField(7.28, 'plain')).toBe('7.28');
    expect(csvField(0, 'plain')).toBe('0');
    expect(csvField(Number.NaN, 'plain')).toBe('');
  });

  it('keeps the shortest exact digits, or the significant digits asked for', () => {
    expect(csvNumber(0.1 + 0.2, 'plain')).toBe('0.30000000000000004');
    expect(csvNumber(4.699999999999999, 'id', 12)).toBe('4,7');
  });
});

describe('the formula guard', () => {
  // OWASP CSV injection: a cell starting with = + - @, a tab or a carriage return runs as a formula.
  it.each(['=HYPERLINK("http://x","y")', '+1', '-1+1', '@SUM(A1:A2)', '\tx', '\rx'])(
    '%j gets a leading apostrophe',
    (text) => {
      expect(guardFormula(text)).toBe(`'${text}`);
      expect(csvField(text, 'plain').replace(/^"/, '')).toMatch(/^'/);
    },
  );

  it('leaves other text and every number alone', () => {
    expect(guardFormula('Kutai Kartanegara')).toBe('Kutai Kartanegara');
    expect(guardFormula("'quoted")).toBe("'quoted");
    expect(csvField(-3, 'plain')).toBe('-3');
    expect(csvField(-0.5, 'id')).toBe('-0,5');
  });

  it('guards before quoting, so a quoted formula is still text', () => {
    expect(csvField('=HYPERLINK("x")', 'plain')).toBe(`"'=HYPERLINK(""x"")"`);
  });
});

describe('a whole file', () => {
  it('starts with a BOM, ends every line with CRLF, and names the styles the loader reads back', () => {
    expect(csvText(['a', 'b'], [[1.5, 'x']], 'id')).toBe('\uFEFFa;b\r\n1,5;x\r\n');
    expect(csvText(['a', 'b'], [], 'plain')).toBe('\uFEFFa,b\r\n');
    expect(CSV_STYLES).toEqual({ id: { delimiter: ';', decimal: ',' }, plain: { delimiter: ',', decimal: '.' } });
  });

  it('splits a long file into parts that join to the same text, and bytes that decode to it', () => {
    const rows = Array.from({ length: 25_001 }, (_, i) => [i, `r${i}`]);
    const parts = csvParts(['n', 'name'], rows, 'plain');
    expect(parts.length).toBe(3);
    const text = parts.join('');
    expect(text.split('\r\n')).toHaveLength(25_003);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(csvBytes(['n', 'name'], rows, 'plain'))).toBe(text);
  });
});
