import { afterEach, describe, expect, it, vi } from 'vitest';
import { readXlsxRows } from '../../../../src/data/xlsx/read-xlsx.ts';
import { bigRegisterWorkbook } from '../../../e2e/big-workbook.ts';

// read-excel-file parses a sheet's XML in chunks and halves the next chunk whenever one takes more than
// 7 ms by the clock. On a loaded machine every chunk is slow, so as shipped the chunks shrink towards
// nothing and its chunk loop, which calls itself once per chunk, overflowed the stack ("Maximum call
// stack size exceeded" on a valid 300,000-row workbook in CI). A clock that advances 50 ms per reading
// makes every chunk look slow, deterministically.
describe('a workbook read on a machine where every chunk of XML is slow', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('reads every row, without overflowing the stack', async () => {
    const bytes = new Uint8Array(await bigRegisterWorkbook(20_000));
    let now = 0;
    vi.spyOn(Date, 'now').mockImplementation(() => (now += 50));
    const rows = await readXlsxRows(bytes, 0);
    expect(rows).toHaveLength(20_001);
    expect(rows[20_000]).toEqual([
      20_000,
      (20_000).toString(16).padStart(12, '0'),
      '6403',
      '64.02.01.2001',
      1,
      'sembako',
      '2025-09',
      600_000,
    ]);
    // The clock was read, so the chunked path (the one that overflowed) is the one exercised.
    expect(now).toBeGreaterThan(0);
  });
});
