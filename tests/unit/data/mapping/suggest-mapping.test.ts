import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../../../../src/data/mapping/column-source.ts';
import { rankDatasets, suggestMapping, type WideYear } from '../../../../src/data/mapping/suggest-mapping.ts';
import { SPECS, spec } from './catalog-specs.ts';

/** A mapping in short: a file column by its index, a constant as "=value", anything else by its kind. */
function short(mapping: ColumnMapping): Record<string, number | string> {
  return Object.fromEntries(
    Object.entries(mapping).map(([name, s]) => [
      name,
      s.kind === 'column' ? s.index : s.kind === 'constant' ? `=${s.value}` : s.kind,
    ]),
  );
}

/** The year columns a sniffer would report for these headers, from the given index on. */
function yearsOf(headers: string[], from: number): WideYear[] {
  return headers.slice(from).map((header, i) => {
    const year = Number(/\d{4}/.exec(header)?.[0]);
    const period = /^(maret|march)/i.test(header) ? 'mar' : /^sep/i.test(header) ? 'sep' : null;
    return { index: from + i, header, year, period };
  });
}

interface Case {
  name: string;
  dataset: string;
  headers: string[];
  /** Index of the first year column of a wide table. */
  yearsFrom?: number;
  titleLines?: string[];
  /** Where the proposed period was read, when one is proposed for want of a period column. */
  periodFrom?: string;
  expected: Record<string, number | string>;
  missing: string[];
  unused?: string[];
}

const FILE = 'unggahan.csv';
const SOURCE = `=Data pengguna: ${FILE}`;
const BPS_LONG = [
  'Kabupaten/Kota',
  'Tahun',
  'Periode',
  'Persentase Penduduk Miskin (P0) (Persen)',
  'Jumlah Penduduk Miskin (ribu jiwa)',
  'Garis Kemiskinan (Rupiah/Kapita/Bulan)',
  'Indeks Kedalaman Kemiskinan (P1)',
  'Indeks Keparahan Kemiskinan (P2)',
];
const POVERTY_WIDE_EMPTY = {
  area_code: 0,
  year: 'year-header',
  period: 'none',
  poor_thousands: 'none',
  poverty_line_rp: 'none',
  p1: 'none',
  p2: 'none',
  source: SOURCE,
};

const CASES: Case[] = [
  {
    name: 'BPS long table, Indonesian headers with units',
    dataset: 'poverty',
    headers: BPS_LONG,
    expected: {
      area_code: 0,
      year: 1,
      period: 2,
      rate_pct: 3,
      poor_thousands: 4,
      poverty_line_rp: 5,
      p1: 6,
      p2: 7,
      source: SOURCE,
    },
    missing: [],
    unused: [],
  },
  {
    name: 'Satu Data export: district code beats province code and names',
    periodFrom: 'district-default',
    dataset: 'poverty',
    headers: [
      'kode_provinsi',
      'nama_provinsi',
      'bps_kode_kabupaten_kota',
      'bps_nama_kabupaten_kota',
      'persentase_penduduk_miskin',
      'satuan',
      'tahun',
    ],
    expected: {
      area_code: 2,
      year: 6,
      period: '=mar',
      rate_pct: 4,
      poor_thousands: 'none',
      poverty_line_rp: 'none',
      p1: 'none',
      p2: 'none',
      source: SOURCE,
    },
    missing: [],
    unused: ['kode_provinsi', 'nama_provinsi', 'bps_nama_kabupaten_kota', 'satuan'],
  },
  {
    name: 'Satu Data export titled "Maret": period is the constant mar',
    periodFrom: 'title',
    dataset: 'poverty',
    headers: ['bps_kode_kabupaten_kota', 'persentase_penduduk_miskin', 'tahun'],
    titleLines: ['Persentase Penduduk Miskin Maret Menurut Kabupaten/Kota'],
    expected: {
      area_code: 0,
      year: 2,
      period: '=mar',
      rate_pct: 1,
      poor_thousands: 'none',
      poverty_line_rp: 'none',
      p1: 'none',
      p2: 'none',
      source: SOURCE,
    },
    missing: [],
  },
  {
    name: 'a code column is preferred over a name column, even a looser match',
    dataset: 'poverty',
    headers: ['Kabupaten/Kota', 'Kode BPS (4 digit)', 'Tahun', 'Semester', 'P0', 'Sumber'],
    expected: {
      area_code: 1,
      year: 2,
      period: 3,
      rate_pct: 4,
      poor_thousands: 'none',
      poverty_line_rp: 'none',
      p1: 'none',
      p2: 'none',
      source: 5,
    },
    missing: [],
    unused: ['Kabupaten/Kota'],
  },
  {
    name: 'Kode Wilayah and Nama Wilayah: the code',
    dataset: 'poverty',
    headers: ['Nama Wilayah', 'Kode Wilayah', 'Tahun', 'Bulan', 'Tingkat Kemiskinan (%)'],
    expected: {
      area_code: 1,
      year: 2,
      period: 3,
      rate_pct: 4,
      poor_thousands: 'none',
      poverty_line_rp: 'none',
      p1: 'none',
      p2: 'none',
      source: SOURCE,
    },
    missing: [],
    unused: ['Nama Wilayah'],
  },
  {
    name: 'a province-only table',
    dataset: 'poverty',
    headers: ['Provinsi', 'Tahun', 'Periode', 'Persentase Penduduk Miskin (%)'],
    expected: {
      area_code: 0,
      year: 1,
      period: 2,
      rate_pct: 3,
      poor_thousands: 'none',
      poverty_line_rp: 'none',
      p1: 'none',
      p2: 'none',
      source: SOURCE,
    },
    missing: [],
  },
  {
    name: '"Bulan" inside a unit is not the period (March is proposed for district figures, as a guess)',
    dataset: 'poverty',
    headers: ['Kabupaten/Kota', 'Tahun', 'Garis Kemiskinan (Rupiah/Kapita/Bulan)'],
    periodFrom: 'district-default',
    expected: {
      area_code: 0,
      year: 1,
      period: '=mar',
      rate_pct: 'none',
      poor_thousands: 'none',
      poverty_line_rp: 2,
      p1: 'none',
      p2: 'none',
      source: SOURCE,
    },
    missing: ['rate_pct'],
  },
  {
    name: 'BPS wide table of years naming no period: March proposed for district figures, as a guess',
    dataset: 'poverty',
    headers: ['Kabupaten/Kota', '2019', '2020', '2021', '2022', '2023'],
    yearsFrom: 1,
    titleLines: [
      'Persentase Penduduk Miskin (P0) Menurut Kabupaten/Kota di Provinsi Kalimantan Timur (Persen), 2019-2023',
    ],
    periodFrom: 'district-default',
    expected: { ...POVERTY_WIDE_EMPTY, rate_pct: 'year-values', period: '=mar' },
    missing: [],
    unused: [],
  },
  {
    name: 'BPS wide table titled "Maret"',
    periodFrom: 'title',
    dataset: 'poverty',
    headers: ['Kabupaten/Kota', '2022', '2023', '2024'],
    yearsFrom: 1,
    titleLines: ['Persentase Penduduk Miskin Maret 2022-2024'],
    expected: { ...POVERTY_WIDE_EMPTY, period: '=mar', rate_pct: 'year-values' },
    missing: [],
  },
  {
    name: 'BPS wide table titled "September"',
    periodFrom: 'title',
    dataset: 'poverty',
    headers: ['Kabupaten/Kota', '2022', '2023', '2024'],
    yearsFrom: 1,
    titleLines: ['Garis Kemiskinan (Rupiah/Kapita/Bulan) Menurut Kabupaten/Kota, September 2022-2024'],
    expected: { ...POVERTY_WIDE_EMPTY, period: '=sep', rate_pct: 'none', poverty_line_rp: 'year-values' },
    missing: ['rate_pct'],
  },
  {
    name: 'a title naming both rounds leaves the period to the user',
    dataset: 'poverty',
    headers: ['Kabupaten/Kota', '2022', '2023'],
    yearsFrom: 1,
    titleLines: ['Jumlah Penduduk Miskin (Ribu Jiwa), Maret dan September'],
    expected: { ...POVERTY_WIDE_EMPTY, rate_pct: 'none', poor_thousands: 'year-values' },
    missing: ['period', 'rate_pct'],
  },
  {
    // The layout keeps the lower row of a two-row header; the group label above the years comes as a title line.
    name: 'the group label names the value: P2',
    dataset: 'poverty',
    headers: ['Wilayah', '2021', '2022'],
    yearsFrom: 1,
    titleLines: ['Tabel 4.3', 'Indeks Keparahan Kemiskinan (P2)'],
    periodFrom: 'district-default',
    expected: { ...POVERTY_WIDE_EMPTY, rate_pct: 'none', p2: 'year-values', period: '=mar' },
    missing: ['rate_pct'],
  },
  {
    name: 'BPS semester headers',
    dataset: 'poverty',
    headers: ['Kabupaten/Kota', 'Maret 2023', 'September 2023', 'Maret 2024', 'September 2024'],
    yearsFrom: 1,
    expected: { ...POVERTY_WIDE_EMPTY, period: 'period-header', rate_pct: 'year-values' },
    missing: [],
    unused: [],
  },
  {
    name: 'English headers',
    dataset: 'poverty',
    headers: [
      'Regency/City',
      'Year',
      'Period',
      'Poverty rate (%)',
      'Number of poor (thousand people)',
      'Poverty line (Rp/capita/month)',
      'Source',
    ],
    expected: {
      area_code: 0,
      year: 1,
      period: 2,
      rate_pct: 3,
      poor_thousands: 4,
      poverty_line_rp: 5,
      p1: 'none',
      p2: 'none',
      source: 6,
    },
    missing: [],
  },
  {
    name: 'schema names, shuffled and in capitals',
    dataset: 'poverty',
    headers: [
      'SOURCE',
      'p2',
      'p1',
      'Poverty_Line_Rp',
      'poor_thousands',
      'rate_pct',
      'period',
      'year',
      'area_code',
      'Release_Date',
      'PUBLISHER',
    ],
    expected: {
      area_code: 8,
      year: 7,
      period: 6,
      rate_pct: 5,
      poor_thousands: 4,
      poverty_line_rp: 3,
      p1: 2,
      p2: 1,
      source: 0,
      release_date: 9,
      publisher: 10,
    },
    missing: [],
  },
  {
    name: 'targets with Indonesian headers',
    dataset: 'targets',
    headers: [
      'Kabupaten/Kota',
      'Indikator',
      'Tahun Target',
      'Target (%)',
      'Batas Bawah (%)',
      'Batas Atas (%)',
      'Jenis Target',
      'Dokumen',
      'Sumber',
      'Penerbit',
      'Tanggal Terbit',
    ],
    expected: {
      area_code: 0,
      indicator: 1,
      target_year: 2,
      target_pct: 3,
      target_low_pct: 4,
      target_high_pct: 5,
      kind: 6,
      document: 7,
      source: 8,
      publisher: 9,
      published: 10,
    },
    missing: [],
  },
  {
    name: 'targets without indicator and kind',
    dataset: 'targets',
    headers: ['Wilayah', 'Tahun Target', 'Target (%)', 'Dokumen'],
    expected: {
      area_code: 0,
      indicator: 'none',
      target_year: 1,
      target_pct: 2,
      target_low_pct: 'none',
      target_high_pct: 'none',
      kind: 'none',
      document: 3,
      source: SOURCE,
    },
    missing: ['indicator', 'kind'],
  },
  {
    name: 'coverage, long',
    dataset: 'coverage',
    headers: ['Kab/Kota', 'Tahun', 'Program', 'Jumlah Penerima', 'Satuan', 'Anggaran (Rp)', 'Sumber'],
    // A planner's own table is real: its rows are sourced (to the file, or to its source column).
    expected: {
      area_code: 0,
      year: 1,
      programme_id: 2,
      beneficiaries: 3,
      unit: 4,
      budget_rp: 5,
      source: 6,
      provenance: '=sourced',
    },
    missing: [],
  },
  {
    name: 'coverage, wide by year',
    dataset: 'coverage',
    headers: ['Kabupaten/Kota', 'Nama Program', 'Satuan', '2023', '2024', '2025'],
    yearsFrom: 3,
    titleLines: ['Jumlah Penerima Bantuan Sosial'],
    expected: {
      area_code: 0,
      year: 'year-header',
      programme_id: 1,
      beneficiaries: 'year-values',
      unit: 2,
      budget_rp: 'none',
      source: SOURCE,
      provenance: '=sourced',
    },
    missing: [],
  },
  {
    name: 'a beneficiary list without payment id or area',
    dataset: 'register',
    headers: ['No KK', 'Kode Desa', 'Desil', 'Program', 'Bulan', 'Nilai Bantuan (Rp)'],
    expected: {
      payment_id: 'none',
      household_id: 0,
      area_code: 'none',
      village_code: 1,
      desil: 2,
      programme_id: 3,
      month: 4,
      amount_rp: 5,
    },
    missing: ['payment_id', 'area_code'],
    unused: [],
  },
  {
    name: 'a beneficiary list with row number and district',
    dataset: 'register',
    headers: [
      'No',
      'ID Keluarga',
      'Kabupaten/Kota',
      'Kode Desa/Kelurahan',
      'Desil Kesejahteraan',
      'Nama Program',
      'Bulan Penyaluran',
      'Nilai Bantuan (Rp)',
      'Nama Penerima',
    ],
    expected: {
      payment_id: 0,
      household_id: 1,
      area_code: 2,
      village_code: 3,
      desil: 4,
      programme_id: 5,
      month: 6,
      amount_rp: 7,
    },
    missing: [],
    unused: ['Nama Penerima'],
  },
];

describe('suggestMapping', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const years = c.yearsFrom === undefined ? [] : yearsOf(c.headers, c.yearsFrom);
    const result = suggestMapping(spec(c.dataset), c.headers, years, {
      fileName: FILE,
      titleLines: c.titleLines ?? [],
    });
    // A column a case does not name (the optional citation columns, say) must be left unmapped.
    const unmapped = Object.fromEntries(spec(c.dataset).columns.map((col) => [col.name, 'none']));
    expect(short(result.mapping)).toEqual({ ...unmapped, ...c.expected });
    expect(result.missingRequired).toEqual(c.missing);
    if (c.unused) expect(result.unusedHeaders).toEqual(c.unused);
    expect(result.period?.from).toBe(c.periodFrom);
    // A guessed period is not read from the file: it does not count towards the score.
    const required = spec(c.dataset).columns.filter((col) => col.required).length;
    const guessed = c.periodFrom === 'district-default' ? 1 : 0;
    expect(result.score).toBeCloseTo((required - c.missing.length - guessed) / required, 10);
  });

  it('names the file in the source it makes up', () => {
    const result = suggestMapping(spec('coverage'), ['Kab/Kota'], [], {
      fileName: 'penerima-2024.xlsx',
      titleLines: [],
    });
    expect(result.mapping.source).toEqual({ kind: 'constant', value: 'Data pengguna: penerima-2024.xlsx' });
  });

  it('leaves wide year columns alone for a dataset whose years are not observations', () => {
    const headers = ['Kabupaten/Kota', '2025', '2026'];
    const result = suggestMapping(spec('targets'), headers, yearsOf(headers, 1), { fileName: FILE, titleLines: [] });
    expect(result.mapping.target_year).toEqual({ kind: 'none' });
    expect(result.unusedHeaders).toEqual(['2025', '2026']);
  });

  it('reads one year column as an ordinary header, not a wide table', () => {
    const headers = ['Kabupaten/Kota', '2023'];
    const result = suggestMapping(spec('poverty'), headers, yearsOf(headers, 1).slice(0, 1), {
      fileName: FILE,
      titleLines: [],
    });
    expect(result.mapping.year).toEqual({ kind: 'none' });
    expect(result.mapping.rate_pct).toEqual({ kind: 'none' });
  });

  it('scores 0 with no usable header but the made-up source', () => {
    expect(suggestMapping(spec('register'), ['x', 'y'], [], { fileName: FILE, titleLines: [] }).score).toBe(0);
  });
});

describe('rankDatasets', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const years = c.yearsFrom === undefined ? [] : yearsOf(c.headers, c.yearsFrom);
    const ranked = rankDatasets(SPECS, c.headers, years);
    expect(ranked[0]?.id).toBe(c.dataset);
    expect(ranked.map((r) => r.id).sort()).toEqual(SPECS.map((s) => s.id).sort());
    for (const [a, b] of ranked.slice(1).map((r, i) => [ranked[i]!, r] as const))
      expect(a.score).toBeGreaterThanOrEqual(b.score);
  });
});
