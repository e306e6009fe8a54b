import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readXlsxRows } from '../../../../src/data/xlsx/read-xlsx.ts';
import { xlsxToDelimited } from '../../../../src/data/xlsx/xlsx-to-delimited.ts';
import { sheetDecimalMark } from '../../../../src/data/xlsx/sheet-decimal-mark.ts';
import { numberText } from '../../../../src/data/xlsx/cell-field.ts';

const fixture = (name: string): Uint8Array => readFileSync(`tests/fixtures/xlsx/${name}`);

describe('the committed workbooks as text', () => {
  it('poverty-bps.xlsx: numbers with a point, blanks kept, the comma-bearing title and note quoted', async () => {
    const { text, decimal } = xlsxToDelimited(await readXlsxRows(fixture('poverty-bps.xlsx'), 'Tabel'));
    expect(decimal).toBe('.');
    const lines = text.split('\n');
    expect(lines[0]).toBe(
      '"Persentase Penduduk Miskin (P0) Menurut Kabupaten/Kota di Kalimantan Timur (Persen), 2022-2024",,,',
    );
    expect(lines.slice(1, 6)).toEqual([
      ',,,',
      'Kabupaten/Kota,Persentase Penduduk Miskin (P0) (Persen),,',
      ',2022,2023,2024',
      'Paser,9.03,8.71,8.23',
      'Kutai Barat,,9.32,9.16',
    ]);
    expect(lines[9]).toBe('Penajam Paser Utara,,,6.28');
    expect(lines[12]).toBe('Samarinda,4.45,4.41,3.9');
    expect(lines.slice(14)).toEqual([
      'Kalimantan Timur,5.91,5.71,5.38',
      ',,,',
      'Sumber: contoh sintetis untuk uji Pantau (bukan data BPS),,,',
      '"Catatan: nilai = data bawaan − 0,40 poin",,,',
      '',
    ]);
  });

  it('poverty-bps.xlsx Metadata: the date as YYYY-MM-DD and the boolean as true', async () => {
    const { text } = xlsxToDelimited(await readXlsxRows(fixture('poverty-bps.xlsx'), 'Metadata'));
    expect(text.split('\n').slice(1)).toEqual([
      'Diperbarui,2025-01-15',
      'Sintetis,true',
      'Keterangan,Berkas uji Pantau; angka bukan data BPS.',
      '',
    ]);
  });

  it('coverage-long.xlsx: codes stay as typed ("64.02"), large budgets without exponent or grouping', async () => {
    expect(xlsxToDelimited(await readXlsxRows(fixture('coverage-long.xlsx'), 0))).toEqual({
      decimal: '.',
      text: [
        'Kode Wilayah,Tahun,Program,Jumlah Penerima,Satuan,Anggaran (Rp)',
        '64.02,2024,kukar_pangan,1250,orang,1875000000',
        '64.02,2024,pkh,3120,KK,7800000000',
        '64.72,2024,sembako,4100,KK,9840000000',
        '64.72,2025,pkh,2980,KK,',
        '64.01,2024,kaltim_uep,95,orang,475000000',
        '64,2024,kaltim_rapak_dalam,60,orang,1200000000',
        '',
      ].join('\n'),
    });
  });
});

describe('xlsxToDelimited on hand-written rows', () => {
  it('writes numbers with a comma when most decimal-looking text uses one, so both agree', () => {
    const rows = [
      ['Wilayah', 'P0 teks', 'P0 angka'],
      ['Paser', '8,23', 8.23],
      ['Berau', '4,68', 4.68],
      ['Kode', '64.01', null],
    ];
    expect(xlsxToDelimited(rows)).toEqual({
      decimal: ',',
      text: 'Wilayah,P0 teks,P0 angka\nPaser,"8,23","8,23"\nBerau,"4,68","4,68"\nKode,64.01,\n',
    });
  });

  it('counts thousand-grouped Indonesian numbers ("866.193", "1.234,5") as decimal-comma text', () => {
    expect(
      sheetDecimalMark([
        ['866.193', '1.234.567'],
        ['1.234,5', 7.28],
      ]),
    ).toBe(',');
    expect(xlsxToDelimited([['866.193', 866193.5]]).text).toBe('866.193,"866193,5"\n');
  });

  it('stays with a point when point-decimal text is as common or there is none; whole numbers do not vote', () => {
    expect(sheetDecimalMark([['7,28', '7.28']])).toBe('.');
    expect(sheetDecimalMark([['7.28', '1,234.5', '64.02']])).toBe('.');
    expect(sheetDecimalMark([['2024', '1250', 'Paser', 8.23, null]])).toBe('.');
    expect(sheetDecimalMark([])).toBe('.');
  });

  it('quotes fields holding a comma, a quote or a line break, doubling quotes', () => {
    const rows = [['Kutai, Timur', 'kata "miskin"', 'baris\nkedua', 'cr\rlf', 'biasa']];
    expect(xlsxToDelimited(rows).text).toBe('"Kutai, Timur","kata ""miskin""","baris\nkedua","cr\rlf",biasa\n');
  });

  it('pads every row to the widest with empty fields, and keeps empty rows', () => {
    expect(xlsxToDelimited([['a'], [], ['b', null, 'c'], [null]]).text).toBe('a,,\n,,\nb,,c\n,,\n');
  });

  it('writes dates as YYYY-MM-DD in UTC (as read-excel-file gives them), a time only when there is one', () => {
    const rows = [[new Date(Date.UTC(2024, 2, 1)), new Date(Date.UTC(2024, 2, 1, 13, 30, 5)), new Date(Number.NaN)]];
    expect(xlsxToDelimited(rows).text).toBe('2024-03-01,2024-03-01 13:30:05,\n');
  });

  it('writes booleans as true/false and an empty sheet as empty text', () => {
    expect(xlsxToDelimited([[true, false]]).text).toBe('true,false\n');
    expect(xlsxToDelimited([])).toEqual({ text: '', decimal: '.' });
  });
});

describe('numberText', () => {
  it('drops float noise by rounding to 12 significant digits', () => {
    expect(numberText(7.280000000000001, '.')).toBe('7.28');
    expect(numberText(0.1 + 0.2, '.')).toBe('0.3');
    expect(numberText(9.43 - 0.4, ',')).toBe('9,03');
    expect(numberText(123456.789012345, '.')).toBe('123456.789012');
  });

  it('writes ordinary magnitudes without exponent, grouping or a sign on zero', () => {
    expect(numberText(9840000000, '.')).toBe('9840000000');
    expect(numberText(1e20, '.')).toBe('100000000000000000000');
    expect(numberText(0.0000001, '.')).toBe('0.0000001');
    expect(numberText(-0.00000012345, ',')).toBe('-0,00000012345');
    expect(numberText(-0, '.')).toBe('0');
    expect(numberText(-1234.5, ',')).toBe('-1234,5');
  });

  it('keeps an exponent only beyond 1e21, and writes non-finite numbers as empty', () => {
    expect(numberText(1e21, '.')).toBe('1e+21');
    expect(numberText(1.5e300, ',')).toBe('1,5e+300');
    expect(numberText(Number.NaN, '.')).toBe('');
    expect(numberText(Number.POSITIVE_INFINITY, '.')).toBe('');
  });
});
