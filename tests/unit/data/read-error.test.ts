import { describe, expect, it } from 'vitest';
import { classifyReadError, messageLine } from '../../../src/data/read-error.ts';
import { XlsxError } from '../../../src/data/xlsx/xlsx-error.ts';

describe("classifyReadError: a reader's words become a reason the page can say in its language", () => {
  it.each<[string, unknown, object]>([
    [
      "DuckDB's field count",
      new Error(
        'CSV Error on Line: 5\nOriginal Line: a;b;c;d\nExpected Number of Columns: 3 Found: 4\nPossible fixes…',
      ),
      { reason: 'field-count', expected: '3', value: '4', detail: 'Expected Number of Columns: 3 Found: 4' },
    ],
    [
      'an unterminated quote',
      new Error('CSV Error on Line: 2\nValue with unterminated quote found.'),
      { reason: 'unterminated-quote', detail: 'Value with unterminated quote found.' },
    ],
    [
      'bad bytes',
      new Error('Invalid Input Error: Invalid unicode (byte sequence mismatch) detected in CSV file'),
      { reason: 'bad-encoding' },
    ],
    [
      "parquet-wasm's footer",
      new Error('Parquet error: Invalid Parquet file. Corrupt footer'),
      { reason: 'not-parquet', detail: 'Parquet error: Invalid Parquet file. Corrupt footer' },
    ],
    ['a fetch', new Error('poverty.parquet: HTTP 404 Not Found'), { reason: 'not-fetched', value: '404' }],
    ['a workbook', new XlsxError('not-xlsx', 'this workbook is password-protected'), { reason: 'not-xlsx' }],
    ['an unknown failure', new Error('boom\nstack'), { reason: 'unreadable', detail: 'boom' }],
    ['a thrown string', 'oops', { reason: 'unreadable', detail: 'oops' }],
  ])('%s', (_name, error, expected) => {
    expect(classifyReadError(error)).toMatchObject(expected);
  });

  it('a file name with "parquet" in it is not a Parquet error', () => {
    expect(classifyReadError(new Error('fetch failed for register.parquet')).reason).toBe('unreadable');
  });

  it('reads the line DuckDB names', () => {
    expect(messageLine(new Error('CSV Error on Line: 12\n…'))).toBe(12);
    expect(messageLine(new Error('no line'))).toBeNull();
  });
});
