import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as ReadExcelFile from 'read-excel-file/universal';
import { readXlsxRows, xlsxSheetNames, XlsxError } from '../../../../src/data/xlsx/read-xlsx.ts';

// Library behaviour the committed workbooks cannot show: an error without the sheet list (the
// property read-excel-file does not document) and a sheet with no cells at all.
const edge = vi.hoisted(() => ({ dropSheetList: false, emptySheet: false }));

vi.mock('read-excel-file/universal', async (importOriginal) => {
  const actual = await importOriginal<typeof ReadExcelFile>();
  const readSheet = async (...args: Parameters<typeof actual.readSheet>) => {
    if (edge.emptySheet) return [];
    try {
      return await actual.readSheet(...args);
    } catch (error) {
      if (edge.dropSheetList) delete (error as { sheets?: unknown }).sheets;
      throw error;
    }
  };
  return { ...actual, readSheet };
});

const POVERTY = readFileSync('tests/fixtures/xlsx/poverty-bps.xlsx');

afterEach(() => {
  edge.dropSheetList = false;
  edge.emptySheet = false;
});

describe('read-xlsx where the library behaves otherwise', () => {
  it('lists the sheet names by reading every sheet when the library error carries no list', async () => {
    edge.dropSheetList = true;
    expect(await xlsxSheetNames(POVERTY)).toEqual(['Tabel', 'Metadata']);
  });

  it('a sheet without a single value is empty, naming the sheet', async () => {
    edge.emptySheet = true;
    for (const [sheet, message] of [
      ['Tabel', 'the sheet "Tabel" has no values'],
      [1, 'sheet number 2 has no values'],
    ] as const) {
      const error = await readXlsxRows(POVERTY, sheet).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(XlsxError);
      expect(error).toMatchObject({ reason: 'empty', message });
    }
  });
});
