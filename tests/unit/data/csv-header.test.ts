import { describe, expect, it } from 'vitest';
import { headerFieldCount } from '../../../src/data/csv-header.ts';

describe('headerFieldCount', () => {
  it.each([
    ['a;b;c\n1;2;3;4\n', ';', 3],
    ['a,b,c,d', ',', 4],
    ['a;b;c\r\n1;2;3\r\n', ';', 3],
    ['"a;b";c\n', ';', 2],
    ['"say ""x;y""";c;d\n', ';', 3],
    ['"line\nbreak";b\n', ';', 2],
    ['one\n', ';', 1],
    ['a;b;\n', ';', 3],
  ])('%j (%s) -> %d', (text, delimiter, count) => {
    expect(headerFieldCount(text, delimiter)).toBe(count);
  });
});
