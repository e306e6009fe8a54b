import { describe, expect, it } from 'vitest';
import { DatasetError } from '../../../../src/data/dataset-error.ts';
import { MAX_FILE_BYTES, isOutOfMemory, sizeIssue } from '../../../../src/data/user-file/size-limit.ts';
import { BUNDLED, openEngineWith, sharedEngine } from '../../helpers/engine.ts';
import { loadUser } from './user-file-helpers.ts';

describe('files beyond what the browser can hold', () => {
  it('are refused by size before anything is read, with the limit in the message', () => {
    expect(sizeIssue('big.csv', 'csv', MAX_FILE_BYTES.csv)).toBeNull();
    expect(sizeIssue('big.csv', 'csv', MAX_FILE_BYTES.csv + 1)).toEqual({
      file: 'big.csv',
      row: 0,
      column: null,
      value: null,
      reason: 'too-large',
      expected: '700 MB; at most 700 MB for csv',
    });
    expect(sizeIssue('book.xlsx', 'xlsx', 90 * 1024 * 1024)?.expected).toBe('90 MB; at most 40 MB for xlsx');
  });

  it('tells an engine out-of-memory error from other errors', () => {
    expect(
      isOutOfMemory(
        new Error('Out of Memory Error: failed to allocate data of size 16.0 MiB (20.0 MiB/20.0 MiB used)'),
      ),
    ).toBe(true);
    expect(isOutOfMemory(new RangeError('Array buffer allocation failed'))).toBe(true);
    expect(isOutOfMemory(new Error('Conversion Error: could not convert'))).toBe(false);
  });

  describe('on DuckDB with little memory', () => {
    const conn = sharedEngine(() => openEngineWith(BUNDLED));

    it('a file that runs the engine out of memory is refused as too large, and the data in use stays', async () => {
      const before = await conn.query('SELECT * FROM poverty ORDER BY area_code, year, period');
      const lines = Array.from(
        { length: 200_000 },
        (_, i) => `6403;${1000 + (i % 1000)};mar;${(i % 100) / 10};${'x'.repeat(40)}${i}`,
      );
      const text = `area_code;year;period;rate_pct;source\n${lines.join('\n')}\n`;
      await conn.exec("SET memory_limit = '24MB'");
      try {
        const error = (await loadUser(conn, 'poverty', 'huge.csv', text).catch((e: unknown) => e)) as DatasetError;
        expect(error).toBeInstanceOf(DatasetError);
        expect(error.report.issues).toEqual([expect.objectContaining({ file: 'huge.csv', reason: 'too-large' })]);
      } finally {
        await conn.exec("SET memory_limit = '3GB'");
      }
      expect(await conn.query('SELECT * FROM poverty ORDER BY area_code, year, period')).toEqual(before);
    });
  });
});
