import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readXlsxRows, xlsxSheetNames, XlsxError, type Cell } from '../../../../src/data/xlsx/read-xlsx.ts';

// A Buffer, as fs gives it: a view into a larger pooled ArrayBuffer, which the reader must cope with.
const fixture = (name: string): Uint8Array => readFileSync(`tests/fixtures/xlsx/${name}`);
const POVERTY = fixture('poverty-bps.xlsx');
const COVERAGE = fixture('coverage-long.xlsx');
const BROKEN = fixture('broken.xlsx');
const TITLE = 'Persentase Penduduk Miskin (P0) Menurut Kabupaten/Kota di Kalimantan Timur (Persen), 2022-2024';

/** The XlsxError a read throws, for checking its reason and message. */
async function failure(read: Promise<unknown>): Promise<XlsxError> {
  const error = await read.then(
    () => new Error('the read succeeded'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(XlsxError);
  return error as XlsxError;
}

describe('poverty-bps.xlsx (a BPS-style table)', () => {
  it('lists the sheets in workbook order', async () => {
    expect(await xlsxSheetNames(POVERTY)).toEqual(['Tabel', 'Metadata']);
  });

  it('reads the table with merged headers, empty rows and notes, every row as wide as the sheet', async () => {
    const rows = await readXlsxRows(POVERTY, 'Tabel');
    expect(rows).toHaveLength(18);
    expect(rows.every((row) => row.length === 4)).toBe(true);
    // Merged cells: the value sits in the top-left cell, the rest of the merge is null.
    expect(rows[0]).toEqual([TITLE, null, null, null]);
    expect(rows[1]).toEqual([null, null, null, null]);
    expect(rows[2]).toEqual(['Kabupaten/Kota', 'Persentase Penduduk Miskin (P0) (Persen)', null, null]);
    expect(rows[3]).toEqual([null, 2022, 2023, 2024]);
    expect(rows[15]).toEqual([null, null, null, null]);
    expect(rows[16]).toEqual(['Sumber: contoh sintetis untuk uji Pantau (bukan data BPS)', null, null, null]);
    expect(rows[17]).toEqual(['Catatan: nilai = data bawaan − 0,40 poin', null, null, null]);
  });

  it('keeps numbers as numbers and missing values as null in their own column', async () => {
    const rows = await readXlsxRows(POVERTY, 'Tabel');
    const byName = new Map(rows.slice(4, 15).map((row) => [row[0], row.slice(1)]));
    expect([...byName.keys()]).toEqual([
      'Paser',
      'Kutai Barat',
      'Kutai Kartanegara',
      'Kutai Timur',
      'Berau',
      'Penajam Paser Utara',
      'Mahakam Ulu',
      'Balikpapan',
      'Samarinda',
      'Bontang',
      'Kalimantan Timur',
    ]);
    // Bundled March rates minus 0.40 (Paser 2022: 9,43 -> 9.03).
    expect(byName.get('Paser')).toEqual([9.03, 8.71, 8.23]);
    expect(byName.get('Kutai Barat')).toEqual([null, 9.32, 9.16]);
    expect(byName.get('Penajam Paser Utara')).toEqual([null, null, 6.28]);
    expect(byName.get('Samarinda')).toEqual([4.45, 4.41, 3.9]);
    expect(byName.get('Kalimantan Timur')).toEqual([5.91, 5.71, 5.38]);
    const values = rows.slice(4, 15).flatMap((row) => row.slice(1));
    expect(values.every((v) => v === null || typeof v === 'number')).toBe(true);
  });

  it('reads a sheet by 0-based index the same as by name, with dates as Date and booleans as booleans', async () => {
    const expected: Cell[][] = [
      ['Judul', TITLE],
      ['Diperbarui', new Date(Date.UTC(2025, 0, 15))],
      ['Sintetis', true],
      ['Keterangan', 'Berkas uji Pantau; angka bukan data BPS.'],
    ];
    expect(await readXlsxRows(POVERTY, 1)).toEqual(expected);
    expect(await readXlsxRows(POVERTY, 'Metadata')).toEqual(expected);
    expect(await readXlsxRows(POVERTY, 0)).toEqual(await readXlsxRows(POVERTY, 'Tabel'));
  });
});

describe('coverage-long.xlsx (a long table)', () => {
  it('keeps Kemendagri codes stored as text as text, and the empty budget as null', async () => {
    expect(await xlsxSheetNames(COVERAGE)).toEqual(['Cakupan']);
    expect(await readXlsxRows(COVERAGE, 0)).toEqual([
      ['Kode Wilayah', 'Tahun', 'Program', 'Jumlah Penerima', 'Satuan', 'Anggaran (Rp)'],
      ['64.02', 2024, 'kukar_pangan', 1250, 'orang', 1875000000],
      ['64.02', 2024, 'pkh', 3120, 'KK', 7800000000],
      ['64.72', 2024, 'sembako', 4100, 'KK', 9840000000],
      ['64.72', 2025, 'pkh', 2980, 'KK', null],
      ['64.01', 2024, 'kaltim_uep', 95, 'orang', 475000000],
      ['64', 2024, 'kaltim_rapak_dalam', 60, 'orang', 1200000000],
    ]);
  });

  it('reads from an exact Uint8Array as well as from a Buffer view', async () => {
    const exact = new Uint8Array(COVERAGE);
    expect(await readXlsxRows(exact, 'Cakupan')).toEqual(await readXlsxRows(COVERAGE, 'Cakupan'));
  });
});

describe('workbooks that cannot be read', () => {
  it('broken.xlsx (a renamed text file) is not-xlsx, from both calls', async () => {
    for (const read of [xlsxSheetNames(BROKEN), readXlsxRows(BROKEN, 0)]) {
      const error = await failure(read);
      expect(error.reason).toBe('not-xlsx');
      expect(error.message).toBe('this file is not an Excel .xlsx workbook');
    }
  });

  it('a missing sheet is no-sheet, naming the sheets there are', async () => {
    const byName = await failure(readXlsxRows(POVERTY, 'Data'));
    expect(byName.reason).toBe('no-sheet');
    expect(byName.message).toBe('the workbook has no sheet named "Data" (it has: Tabel, Metadata)');
    const byIndex = await failure(readXlsxRows(POVERTY, 2));
    expect(byIndex.reason).toBe('no-sheet');
    expect(byIndex.message).toBe('the workbook has no sheet number 3 (it has: Tabel, Metadata)');
  });

  it('an index that is negative or fractional is no-sheet, not a crash', async () => {
    for (const index of [-1, 0.5, Number.NaN]) {
      const error = await failure(readXlsxRows(POVERTY, index));
      expect(error.reason).toBe('no-sheet');
      expect(error.message).toBe(`the workbook has no sheet at index ${index}`);
    }
  });

  it('zero bytes are empty', async () => {
    const error = await failure(readXlsxRows(new Uint8Array(), 0));
    expect(error).toMatchObject({ reason: 'empty', message: 'the file is empty (0 bytes)' });
  });

  it('an OLE container is not-xlsx: a password-protected workbook is told apart from a legacy .xls', async () => {
    const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    const utf16 = (s: string) => Array.from(s).flatMap((ch) => [ch.charCodeAt(0), 0]);
    const encrypted = new Uint8Array([...ole, ...new Array<number>(504).fill(0), ...utf16('EncryptedPackage'), 0, 0]);
    const legacy = new Uint8Array([...ole, ...new Array<number>(504).fill(0), ...utf16('Workbook'), 0, 0]);
    expect(await failure(readXlsxRows(encrypted, 0))).toMatchObject({
      reason: 'not-xlsx',
      message: 'this workbook is password-protected; save a copy without a password and open that',
    });
    expect(await failure(xlsxSheetNames(legacy))).toMatchObject({
      reason: 'not-xlsx',
      message: 'this is an old-style .xls workbook (Excel 97-2003); save it as .xlsx',
    });
  });

  it('a zip without a workbook inside is unreadable', async () => {
    const error = await failure(xlsxSheetNames(storedZip('catatan.txt', 'bukan lembar kerja')));
    expect(error.reason).toBe('unreadable');
    expect(error.message).toMatch(/^the workbook could not be read: /);
  });
});

// A one-entry zip archive without compression, enough to be a valid zip that is not a workbook.
function storedZip(name: string, content: string): Uint8Array {
  const file = new TextEncoder().encode(name);
  const data = new TextEncoder().encode(content);
  const crc = crc32(data);
  const local = [
    ...u32(0x04034b50),
    ...u16(20),
    ...u16(0),
    ...u16(0),
    ...u32(0),
    ...u32(crc),
    ...u32(data.length),
    ...u32(data.length),
    ...u16(file.length),
    ...u16(0),
    ...file,
    ...data,
  ];
  const central = [
    ...u32(0x02014b50),
    ...u16(20),
    ...u16(20),
    ...u16(0),
    ...u16(0),
    ...u32(0),
    ...u32(crc),
    ...u32(data.length),
    ...u32(data.length),
    ...u16(file.length),
    ...u16(0),
    ...u16(0),
    ...u16(0),
    ...u16(0),
    ...u32(0),
    ...u32(0),
    ...file,
  ];
  const end = [
    ...u32(0x06054b50),
    ...u16(0),
    ...u16(0),
    ...u16(1),
    ...u16(1),
    ...u32(central.length),
    ...u32(local.length),
    ...u16(0),
  ];
  return new Uint8Array([...local, ...central, ...end]);
}

function u16(n: number): number[] {
  return [n & 0xff, (n >>> 8) & 0xff];
}

function u32(n: number): number[] {
  return [...u16(n & 0xffff), ...u16(n >>> 16)];
}

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}
