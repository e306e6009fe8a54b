import { describe, expect, it } from 'vitest';
import { detectLayout } from '../../../../src/data/layout/detect-layout.ts';
import type { TableLayout } from '../../../../src/data/layout/table-layout.ts';
import { readFixture } from './read-fixture.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** The file's text from the layout's data start, decoded as the layout says. */
const fromDataStart = (bytes: Uint8Array, layout: TableLayout) =>
  new TextDecoder(layout.encoding === 'utf-8' ? 'utf-8' : 'latin1').decode(bytes.subarray(layout.dataStartByte));

const BPS_HEADERS = ['Kabupaten/Kota', '2022', '2023', '2024'];

describe('detectLayout on the fixtures', () => {
  it.each<[string, Partial<TableLayout>, string]>([
    [
      'bps-wide-semicolon.csv',
      {
        encoding: 'utf-8',
        delimiter: ';',
        decimal: ',',
        titleLines: ['Persentase Penduduk Miskin (P0) Menurut Kabupaten/Kota di Kalimantan Timur (Persen), 2022-2024'],
        headerLine: 3,
        headerRows: 2,
        headers: BPS_HEADERS,
        dataStartLine: 5,
        dataStartByte: 192,
        columnCount: 4,
        years: [
          { index: 1, header: '2022', year: 2022, period: null },
          { index: 2, header: '2023', year: 2023, period: null },
          { index: 3, header: '2024', year: 2024, period: null },
        ],
        trailingNotes: ['Sumber: Badan Pusat Statistik (contoh sintetis untuk uji)', 'Catatan: angka sementara'],
      },
      '"Paser";9,12;8,87;8,54\r\n',
    ],
    [
      'long-comma.csv',
      {
        encoding: 'utf-8',
        delimiter: ',',
        decimal: '.',
        titleLines: [],
        headerLine: 1,
        headerRows: 1,
        headers: [
          'Kabupaten/Kota',
          'Tahun',
          'Periode',
          'Persentase Penduduk Miskin',
          'Jumlah Penduduk Miskin (ribu jiwa)',
        ],
        dataStartLine: 2,
        dataStartByte: 91,
        columnCount: 5,
        years: [],
        trailingNotes: [],
      },
      'Paser,2023,Maret,8.87,25.41\n',
    ],
    [
      'tab-separated.tsv',
      {
        delimiter: '\t',
        decimal: ',',
        titleLines: ['Jumlah Penduduk Miskin Menurut Kabupaten/Kota (ribu jiwa, contoh sintetis)'],
        headerLine: 2,
        headerRows: 1,
        headers: ['Kabupaten/Kota', '2023', '2024'],
        dataStartLine: 3,
        dataStartByte: 100,
        columnCount: 3,
        years: [
          { index: 1, header: '2023', year: 2023, period: null },
          { index: 2, header: '2024', year: 2024, period: null },
        ],
        trailingNotes: ['Sumber: contoh sintetis untuk uji'],
      },
      'Paser\t25,41\t24,90\n',
    ],
    [
      'latin1.csv',
      {
        encoding: 'latin-1',
        delimiter: ';',
        decimal: ',',
        titleLines: ['Persentase Penduduk Miskin, contoh sintetis (disusun oleh René)'],
        headerLine: 2,
        headerRows: 1,
        headers: ['Kabupaten/Kota', 'Tahun', 'Persentase Penduduk Miskin'],
        dataStartLine: 3,
        dataStartByte: 114,
        columnCount: 3,
        years: [],
        trailingNotes: ['Catatan: nilai sintetis, diperiksa oleh Hélène'],
      },
      'Paser;2024;8,54\r\n',
    ],
    [
      'semester-headers.csv',
      {
        delimiter: ';',
        decimal: ',',
        headerLine: 1,
        headerRows: 1,
        dataStartLine: 2,
        columnCount: 4,
        years: [
          { index: 1, header: 'Maret 2023', year: 2023, period: 'mar' },
          { index: 2, header: 'September 2023', year: 2023, period: 'sep' },
          { index: 3, header: 'Maret 2024', year: 2024, period: 'mar' },
        ],
        trailingNotes: [],
      },
      'Paser;8,87;8,60;8,54\n',
    ],
  ])('%s', (name, expected, firstRecord) => {
    const bytes = readFixture(name);
    const layout = detectLayout(bytes);
    expect(layout).toMatchObject(expected);
    expect(fromDataStart(bytes, layout).startsWith(firstRecord)).toBe(true);
  });

  it('previews the data records, trimmed, without the notes', () => {
    const layout = detectLayout(readFixture('bps-wide-semicolon.csv'));
    expect(layout.preview).toHaveLength(11);
    expect(layout.preview[0]).toEqual(['Paser', '9,12', '8,87', '8,54']);
    expect(layout.preview.at(-1)).toEqual(['Kalimantan Timur', '6,42', '6,21', '6,03']);
    expect(detectLayout(readFixture('long-comma.csv')).preview[2]).toEqual([
      'Kutai Kartanegara, Kabupaten',
      '2023',
      'Maret',
      '7.02',
      '55.37',
    ]);
    expect(detectLayout(readFixture('tab-separated.tsv')).preview).toHaveLength(4);
  });
});

describe('detectLayout with a head and a tail', () => {
  const bytes = readFixture('bps-wide-semicolon.csv');

  it('reads the header from a head cut mid-record (the cut record left out) and the notes from a tail starting mid-record', () => {
    const layout = detectLayout(bytes.subarray(0, 300), bytes.subarray(bytes.length - 150));
    expect(layout).toMatchObject({
      headerLine: 3,
      headerRows: 2,
      headers: BPS_HEADERS,
      dataStartByte: 192,
      decimal: ',',
    });
    expect(layout.preview.map((row) => row[0])).toEqual(['Paser', 'Kutai Barat', 'Kutai Kartanegara']);
    expect(layout.trailingNotes).toEqual([
      'Sumber: Badan Pusat Statistik (contoh sintetis untuk uji)',
      'Catatan: angka sementara',
    ]);
  });

  it('drops the partial first line of the tail, and finds no notes in a tail of data', () => {
    const layout = detectLayout(utf8('Kab;A;B\nPaser;1;2\n'), utf8('ser;1;2\nBerau;3;4\n'));
    expect(layout.trailingNotes).toEqual([]);
    expect(detectLayout(utf8('Kab;A;B\n'), utf8('Sumber: BPS\nCatatan: x\n')).trailingNotes).toEqual(['Catatan: x']);
  });

  it('keeps UTF-8 when the head cuts a multi-byte char', () => {
    const file = utf8('Kab;Catatan\n' + 'Paser;é日\n'.repeat(20));
    const layout = detectLayout(file.subarray(0, file.indexOf(0xe6, 40) + 1), file.subarray(file.length - 20));
    expect(layout.encoding).toBe('utf-8');
    expect(layout.preview[0]).toEqual(['Paser', 'é日']);
  });
});

describe('the decimal mark, voted by the number columns only', () => {
  it('Kemendagri codes ("64.01") in the area column do not outvote a decimal-comma rate (found by the format fuzz)', () => {
    const text =
      'Kabupaten/Kota;Tahun;Periode;Persentase Penduduk Miskin\r\n64.01;2000;Maret;x\r\n64.01;2001;Maret;0,00\r\n';
    expect(detectLayout(utf8(text)).decimal).toBe(',');
    const coded = 'kode_wilayah,tahun,persentase_miskin\n64.01,2024,7.28\n64.02,2024,6.10\n';
    expect(detectLayout(utf8(coded)).decimal).toBe('.');
  });

  it('a rate column titled "… Menurut Kabupaten/Kota" still votes', () => {
    const text = 'Wilayah;Persentase Penduduk Miskin Menurut Kabupaten/Kota\n64.01;7.28\n64.02;6.10\n64.03;5.50\n';
    expect(detectLayout(utf8(text)).decimal).toBe('.');
  });
});

describe('detectLayout options', () => {
  const bytes = readFixture('bps-wide-semicolon.csv');

  it('uses the delimiter, decimal mark and header line the user chose', () => {
    expect(detectLayout(bytes, null, { delimiter: ',' }).delimiter).toBe(',');
    expect(detectLayout(bytes, null, { decimal: '.' }).decimal).toBe('.');
    const layout = detectLayout(bytes, null, { headerLine: 4 });
    expect(layout).toMatchObject({
      headerLine: 4,
      headerRows: 1,
      headers: ['', '2022', '2023', '2024'],
      dataStartLine: 5,
    });
    expect(layout.titleLines).toEqual([
      'Persentase Penduduk Miskin (P0) Menurut Kabupaten/Kota di Kalimantan Timur (Persen), 2022-2024',
      'Kabupaten/Kota; Persentase Penduduk Miskin (P0) (Persen)',
    ]);
  });
});

describe('detectLayout edge cases', () => {
  it.each<[string, Uint8Array]>([
    ['empty', new Uint8Array()],
    ['whitespace', utf8('  \n\t\r\n ')],
    ['only delimiters', utf8(';;;\n;;;\n')],
    ['a BOM', new Uint8Array([0xef, 0xbb, 0xbf])],
  ])('%s: no columns', (_, bytes) => {
    expect(detectLayout(bytes)).toMatchObject({
      columnCount: 0,
      headers: [],
      preview: [],
      years: [],
      trailingNotes: [],
    });
  });

  it('counts the BOM of an empty file in dataStartByte', () => {
    expect(detectLayout(new Uint8Array([0xef, 0xbb, 0xbf])).dataStartByte).toBe(3);
  });

  it('reads a single line as a one-column header with no data', () => {
    expect(detectLayout(utf8('abc'))).toMatchObject({
      columnCount: 1,
      headers: ['abc'],
      dataStartLine: 2,
      dataStartByte: 3,
      preview: [],
    });
  });

  it('starts the data after a header-only file', () => {
    expect(detectLayout(utf8('a;b\r\n'))).toMatchObject({
      headers: ['a', 'b'],
      dataStartLine: 2,
      dataStartByte: 5,
      preview: [],
    });
  });

  it('handles lone-CR line endings', () => {
    const bytes = utf8('Judul\rKab;A;B\rPaser;1;2\r');
    const layout = detectLayout(bytes);
    expect(layout).toMatchObject({
      titleLines: ['Judul'],
      headerLine: 2,
      dataStartLine: 3,
      preview: [['Paser', '1', '2']],
    });
    expect(fromDataStart(bytes, layout)).toBe('Paser;1;2\r');
  });

  it('counts the physical lines of a quoted header cell', () => {
    const layout = detectLayout(utf8('Kab;"Jumlah\r\nPenduduk";P0\r\nPaser;1;2\r\n'));
    expect(layout).toMatchObject({
      headerLine: 1,
      headers: ['Kab', 'Jumlah\r\nPenduduk', 'P0'],
      dataStartLine: 3,
      dataStartByte: 27,
    });
  });

  it('skips blank lines between the header and the data', () => {
    const bytes = utf8('Kab;A\n\n\nPaser;1\n');
    const layout = detectLayout(bytes);
    expect(layout).toMatchObject({ dataStartLine: 4, preview: [['Paser', '1']] });
    expect(fromDataStart(bytes, layout)).toBe('Paser;1\n');
  });

  it('keeps a last row with only its name filled as data (its empty cells are then reported), while prose is a note', () => {
    expect(detectLayout(utf8('Kab;A;B\nPaser;1;2\nBontang;;\n')).trailingNotes).toEqual([]);
    expect(detectLayout(utf8('Kab;A;B\nPaser;1;2\nData diolah dari Susenas;;\n')).trailingNotes).toEqual([
      'Data diolah dari Susenas',
    ]);
  });

  it('reports no notes for a one-column file, where every row has only its first cell', () => {
    expect(detectLayout(utf8('nama\nPaser\nBerau\n')).trailingNotes).toEqual([]);
  });

  it('known limit: comma titles outnumbering the rows of a tiny ";" file win the sniff; the override reads it right', () => {
    const bytes = utf8('Judul, 2024\nSumber, BPS\nUntuk, uji\nKab;P0\nPaser;8.5\n');
    expect(detectLayout(bytes).delimiter).toBe(',');
    expect(detectLayout(bytes, null, { delimiter: ';' })).toMatchObject({
      headerLine: 4,
      headers: ['Kab', 'P0'],
      dataStartLine: 5,
    });
  });

  it('keeps at most 20 preview records', () => {
    expect(detectLayout(utf8('a;b\n' + '1;2\n'.repeat(50))).preview).toHaveLength(20);
  });
});
