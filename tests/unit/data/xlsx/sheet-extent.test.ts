import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unreadableError } from '../../../../src/data/dataset-error.ts';
import { cellExtent, MAX_SHEET_CELLS, sheetExtent, sheetTargets } from '../../../../src/data/xlsx/sheet-extent.ts';
import { readXlsxRows, XlsxError } from '../../../../src/data/xlsx/read-xlsx.ts';
import { describeIssueIn } from '../../../../src/i18n/describe-issue.ts';
import { workbook } from './sparse-workbook.ts';

const HEADER = '<row r="1"><c r="A1" t="inlineStr"><is><t>Kabupaten/Kota</t></is></c><c r="B1"><v>2024</v></c></row>';
const STRAY = `${HEADER}<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>`;

describe('how far a sheet reaches, read before the library pads it', () => {
  it('finds each sheet by name and position through the workbook relationships', () => {
    const bytes = workbook(HEADER);
    expect(sheetExtent(bytes, 'Data & catatan')).toEqual({
      sheet: 'Data & catatan',
      rows: 1,
      columns: 2,
      farthest: 'B1',
    });
    expect(sheetExtent(bytes, 1)).toEqual({ sheet: 'Lain', rows: 1, columns: 1, farthest: 'A1' });
    expect(sheetExtent(bytes, 'Tidak ada')).toBeNull();
    expect(sheetExtent(new Uint8Array([1, 2, 3]), 0)).toBeNull();
  });

  it('counts filled cells only: a styled empty cell far out does not make a sheet large', () => {
    expect(cellExtent(`${HEADER}<row r="900000"><c r="ZZ900000" s="3"/><c r="ZZZ1" s="1"><v></v></c></row>`)).toEqual({
      rows: 1,
      columns: 2,
      farthest: 'B1',
    });
    expect(cellExtent(STRAY)).toEqual({ rows: 1048576, columns: 16384, farthest: 'XFD1048576' });
  });

  it('resolves relationship targets relative to xl/ or from the root', () => {
    expect(
      sheetTargets(
        '<sheets><sheet name="A" r:id="r1"/><sheet name="B" r:id="r2"/></sheets>',
        '<Relationship Id="r2" Target="/xl/worksheets/b.xml"/><Relationship Id="r1" Target="worksheets/a.xml"/>',
      ),
    ).toEqual([
      { name: 'A', path: 'xl/worksheets/a.xml' },
      { name: 'B', path: 'xl/worksheets/b.xml' },
    ]);
  });

  it('refuses a tiny workbook with one value in XFD1048576 at once, naming the cell, instead of running out of memory', async () => {
    const bytes = workbook(STRAY);
    expect(bytes.length).toBeLessThan(2500);
    const error = await readXlsxRows(bytes, 'Data & catatan').then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(XlsxError);
    expect((error as XlsxError).reason).toBe('sheet-too-large');
    const issue = unreadableError('poverty', 'stray.xlsx', error).report.issues[0]!;
    expect(issue).toMatchObject({ row: 0, reason: 'sheet-too-large', value: 'Data & catatan!XFD1048576' });
    expect(describeIssueIn('id', issue)).toBe(
      'stray.xlsx: sel Data & catatan!XFD1048576 berisi nilai, sehingga lembar itu mencakup 1048576 × 16384 sel, terlalu luas untuk dibaca di peramban; kosongkan sel itu, atau salin tabelnya saja ke berkas baru',
    );
    expect(1048576 * 16384).toBeGreaterThan(MAX_SHEET_CELLS);
  });

  it('reads the same sheet without the stray value, and the other sheet of the stray workbook', async () => {
    expect(await readXlsxRows(workbook(HEADER), 'Data & catatan')).toEqual([['Kabupaten/Kota', 2024]]);
    expect(await readXlsxRows(workbook(STRAY), 'Lain')).toEqual([[1]]);
  });

  it('measures a real BPS-style workbook as its table', () => {
    const bytes = readFileSync('tests/fixtures/xlsx/poverty-bps.xlsx');
    const extent = sheetExtent(bytes, 'Tabel');
    expect(extent).toMatchObject({ sheet: 'Tabel', columns: 4 });
    expect(extent!.rows).toBeGreaterThanOrEqual(18);
    expect(extent!.rows).toBeLessThan(25);
  });
});
