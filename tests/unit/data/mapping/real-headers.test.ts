import { describe, expect, it } from 'vitest';
import { suggestMapping } from '../../../../src/data/mapping/suggest-mapping.ts';
import { spec } from './catalog-specs.ts';

/**
 * Column headers as real tables print them, each with where it was seen, the dataset a planner would load
 * it into, and the Pantau column it should fill (null: none, it holds something Pantau does not read, or a
 * scale Pantau must not take as its own).
 */
interface RealHeader {
  header: string;
  dataset: 'poverty' | 'targets' | 'coverage' | 'register';
  column: string | null;
  seen: string;
}

const JABAR = 'Open Data Jabar CSV export (opendata.jabarprov.go.id), e.g. kemiskinan_jabar.csv';
const SATU_DATA = 'Satu Data API fields (opendata.bandung.go.id, satudata.acehprov.go.id)';
const BANJARNEGARA = 'opendata.banjarnegarakab.go.id CKAN resources (poverty, P1, P2, bansos)';
const POLMAN = 'satudata.polmankab.go.id, Data Makro: kemiskinan';
const KULON_PROGO = 'satudata.kulonprogokab.go.id, elemen 9.1.3 kemiskinan';
const BPS_TABLE = 'bps.go.id statistics-table (dynamic table title, the value column of its CSV download)';
const ISSUE = 'issue 16: headers of files planners loaded';

const HEADERS: RealHeader[] = [
  // Poverty: the rate.
  { header: 'Persentase Penduduk Miskin (P0) (Persen)', dataset: 'poverty', column: 'rate_pct', seen: ISSUE },
  { header: 'persentase_miskin', dataset: 'poverty', column: 'rate_pct', seen: ISSUE },
  { header: 'persentase_penduduk_miskin', dataset: 'poverty', column: 'rate_pct', seen: JABAR },
  { header: 'Prosentase penduduk miskin (persen)', dataset: 'poverty', column: 'rate_pct', seen: BANJARNEGARA },
  { header: 'ANGKA KEMISKINAN', dataset: 'poverty', column: 'rate_pct', seen: POLMAN },
  { header: 'Angka Kemiskinan', dataset: 'poverty', column: 'rate_pct', seen: KULON_PROGO },
  {
    header: 'Persentase penduduk dibawah Garis kemiskinan',
    dataset: 'poverty',
    column: 'rate_pct',
    seen: KULON_PROGO,
  },
  {
    header: 'Persentase Penduduk Miskin (P0) Menurut Kabupaten/Kota (Persen)',
    dataset: 'poverty',
    column: 'rate_pct',
    seen: 'Kaggle ermila/klasifikasi-tingkat-kemiskinan-di-indonesia (from BPS)',
  },
  {
    header: 'Persentase Penduduk Miskin (P0) Menurut Kabupaten/Kota',
    dataset: 'poverty',
    column: 'rate_pct',
    seen: BPS_TABLE,
  },
  {
    header: 'Persentase Penduduk Miskin (P0) Menurut Provinsi dan Daerah',
    dataset: 'poverty',
    column: 'rate_pct',
    seen: BPS_TABLE,
  },
  {
    header: 'Persentase Penduduk di Atas Garis Kemiskinan',
    dataset: 'poverty',
    column: null,
    seen: KULON_PROGO,
  },
  // Poverty: the number of poor, in thousands only.
  { header: 'Jumlah Penduduk Miskin (Ribu Jiwa)', dataset: 'poverty', column: 'poor_thousands', seen: ISSUE },
  { header: 'jumlah_miskin_ribu', dataset: 'poverty', column: 'poor_thousands', seen: ISSUE },
  {
    header: 'Jumlah Penduduk miskin (ribu jiwa)',
    dataset: 'poverty',
    column: 'poor_thousands',
    seen: BANJARNEGARA,
  },
  { header: 'Penduduk Miskin (ribu orang)', dataset: 'poverty', column: 'poor_thousands', seen: POLMAN },
  {
    header: 'Jumlah Penduduk Miskin (Ribu Jiwa) Menurut Kabupaten/Kota',
    dataset: 'poverty',
    column: 'poor_thousands',
    seen: BPS_TABLE,
  },
  {
    header: 'Penduduk di bawah garis kemiskinan',
    dataset: 'poverty',
    column: 'poor_thousands',
    seen: KULON_PROGO,
  },
  // Persons, not thousands: reading it as thousands would multiply the count by 1,000.
  { header: 'Jumlah Penduduk Miskin (Jiwa)', dataset: 'poverty', column: null, seen: ISSUE },
  { header: 'Jumlah Penduduk (jiwa)', dataset: 'poverty', column: null, seen: POLMAN },
  // Poverty: the line (the whole line only, not its food part).
  { header: 'Garis Kemiskinan (Rupiah/Kapita/Bulan)', dataset: 'poverty', column: 'poverty_line_rp', seen: ISSUE },
  { header: 'Garis Kemiskinan (Rp./Kapita/Bulan)', dataset: 'poverty', column: 'poverty_line_rp', seen: POLMAN },
  { header: 'garis_kemiskinan', dataset: 'poverty', column: 'poverty_line_rp', seen: JABAR },
  { header: 'garis_kemiskinan_perkapita', dataset: 'poverty', column: 'poverty_line_rp', seen: JABAR },
  { header: 'Garis Kemiskinan', dataset: 'poverty', column: 'poverty_line_rp', seen: KULON_PROGO },
  {
    header: 'Garis Kemiskinan (Rupiah/Kapita/Bulan) Menurut Provinsi dan Daerah',
    dataset: 'poverty',
    column: 'poverty_line_rp',
    seen: BPS_TABLE,
  },
  {
    header: 'Garis Kemiskinan Makanan (Rupiah/Kapita/Bulan) Menurut Provinsi dan Daerah',
    dataset: 'poverty',
    column: null,
    seen: BPS_TABLE,
  },
  {
    header: 'Garis Kemiskinan Non-Makanan (Rupiah/Kapita/Bulan) Menurut Provinsi dan Daerah',
    dataset: 'poverty',
    column: null,
    seen: BPS_TABLE,
  },
  // Poverty: depth and severity.
  { header: 'Indeks Kedalaman Kemiskinan (P1)', dataset: 'poverty', column: 'p1', seen: POLMAN },
  { header: 'indeks_kedalaman_kemiskinan', dataset: 'poverty', column: 'p1', seen: JABAR },
  { header: 'Indeks Kedalaman Kemiskinan', dataset: 'poverty', column: 'p1', seen: BANJARNEGARA },
  {
    header: 'Indeks Kedalaman Kemiskinan (P1) Menurut Kabupaten/Kota',
    dataset: 'poverty',
    column: 'p1',
    seen: BPS_TABLE,
  },
  { header: 'Indeks Keparahan Kemiskinan (P2)', dataset: 'poverty', column: 'p2', seen: POLMAN },
  { header: 'Indeks Keparahan Kemiskinan', dataset: 'poverty', column: 'p2', seen: BANJARNEGARA },
  {
    header: 'Indeks Keparahan Kemiskinan (P2) Menurut Kabupaten/Kota',
    dataset: 'poverty',
    column: 'p2',
    seen: BPS_TABLE,
  },
  // The area: district codes and names, BPS or Kemendagri; never a kecamatan.
  { header: 'Kabupaten/Kota', dataset: 'poverty', column: 'area_code', seen: ISSUE },
  { header: 'Wilayah', dataset: 'poverty', column: 'area_code', seen: ISSUE },
  { header: 'kode_wilayah', dataset: 'poverty', column: 'area_code', seen: ISSUE },
  { header: 'kode_kabupaten_kota', dataset: 'poverty', column: 'area_code', seen: JABAR },
  { header: 'nama_kabupaten_kota', dataset: 'poverty', column: 'area_code', seen: JABAR },
  { header: 'bps_kode_kabupaten_kota', dataset: 'poverty', column: 'area_code', seen: SATU_DATA },
  { header: 'bps_nama_kabupaten_kota', dataset: 'poverty', column: 'area_code', seen: SATU_DATA },
  { header: 'kemendagri_kode_kabupaten_kota', dataset: 'poverty', column: 'area_code', seen: SATU_DATA },
  { header: 'kemendagri_nama_kabupaten_kota', dataset: 'poverty', column: 'area_code', seen: SATU_DATA },
  { header: 'Kab/Kota', dataset: 'poverty', column: 'area_code', seen: 'Kaggle ermila (from BPS)' },
  { header: 'Kabupaten', dataset: 'poverty', column: 'area_code', seen: BANJARNEGARA },
  { header: 'Provinsi', dataset: 'poverty', column: 'area_code', seen: BPS_TABLE },
  { header: 'Kecamatan', dataset: 'poverty', column: null, seen: BANJARNEGARA },
  { header: 'bps_kode_kecamatan', dataset: 'poverty', column: null, seen: SATU_DATA },
  { header: 'kemendagri_nama_kecamatan', dataset: 'poverty', column: null, seen: SATU_DATA },
  // The year, and headers that hold something else.
  { header: 'tahun', dataset: 'poverty', column: 'year', seen: JABAR },
  { header: 'Tahun', dataset: 'poverty', column: 'year', seen: BANJARNEGARA },
  { header: 'satuan', dataset: 'poverty', column: null, seen: JABAR },
  { header: 'id', dataset: 'poverty', column: null, seen: JABAR },
  { header: 'tingkat_penyajian', dataset: 'poverty', column: null, seen: SATU_DATA },
  { header: 'kategori_daerah', dataset: 'poverty', column: null, seen: JABAR },
  { header: 'jumlah_pengeluaran_per_kapita', dataset: 'poverty', column: null, seen: JABAR },
  {
    header: 'Pengeluaran per Kapita Disesuaikan (Ribu Rupiah/Orang/Tahun)',
    dataset: 'poverty',
    column: null,
    seen: 'Kaggle ermila (from BPS)',
  },
  // Coverage, from Dinas Sosial tables.
  { header: 'Jumlah KPM', dataset: 'coverage', column: 'beneficiaries', seen: ISSUE },
  { header: 'Penerima PKH', dataset: 'coverage', column: 'beneficiaries', seen: ISSUE },
  {
    header: 'Penerima Bantuan (Kepala Keluarga)',
    dataset: 'coverage',
    column: 'beneficiaries',
    seen: BANJARNEGARA,
  },
  {
    header: 'jumlah',
    dataset: 'coverage',
    column: 'beneficiaries',
    seen: 'opendata.cianjurkab.go.id, Dinas Sosial: jumlah penerima PKH per kecamatan',
  },
  { header: 'Kabupaten/Kota', dataset: 'coverage', column: 'area_code', seen: ISSUE },
  { header: 'Program', dataset: 'coverage', column: 'programme_id', seen: ISSUE },
  { header: 'Tahun', dataset: 'coverage', column: 'year', seen: ISSUE },
  // Thousands of rupiah are not rupiah.
  {
    header: 'Anggaran Bantuan Sosial Pangan (ribu rupiah)',
    dataset: 'coverage',
    column: null,
    seen: BANJARNEGARA,
  },
  { header: 'Anggaran (Rp)', dataset: 'coverage', column: 'budget_rp', seen: ISSUE },
];

/** The Pantau column a lone header is suggested for, or null. */
function columnFor(dataset: string, header: string): string | null {
  const { mapping } = suggestMapping(spec(dataset), [header], [], { fileName: '', titleLines: [] });
  const found = Object.entries(mapping).find(([, source]) => source.kind === 'column' && source.index === 0);
  return found?.[0] ?? null;
}

describe('real headers map without help', () => {
  it('the table holds at least 40 real headers from at least 6 publishers, none twice', () => {
    expect(HEADERS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(HEADERS.map((h) => h.seen)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(HEADERS.map((h) => `${h.dataset}|${h.header}`)).size).toBe(HEADERS.length);
  });

  it.each(HEADERS)('$dataset: "$header" → $column', ({ dataset, header, column }) => {
    expect(columnFor(dataset, header)).toBe(column);
  });

  it('a Dinas Sosial table "Kabupaten/Kota; Program; Jumlah KPM; Tahun" maps every column to coverage', () => {
    const headers = ['Kabupaten/Kota', 'Program', 'Jumlah KPM', 'Tahun'];
    const { mapping, missingRequired } = suggestMapping(spec('coverage'), headers, [], {
      fileName: 'kpm.csv',
      titleLines: [],
    });
    expect([mapping.area_code, mapping.programme_id, mapping.beneficiaries, mapping.year]).toEqual(
      [0, 1, 2, 3].map((index) => ({ kind: 'column', index })),
    );
    expect(mapping.unit).toEqual({ kind: 'constant', value: 'household' });
    expect(mapping.source).toEqual({ kind: 'constant', value: 'Data pengguna: kpm.csv' });
    expect(missingRequired).toEqual([]);
  });

  it.each([
    ['Jumlah KPM', 'household'],
    ['Penerima Bantuan (Kepala Keluarga)', 'household'],
    ['Jumlah Penerima (Jiwa)', 'person'],
    ['Jumlah Siswa', 'student'],
    ['Jumlah Penerima', 'none'],
  ])('the unit of a count is read from its header: "%s" → %s', (count, unit) => {
    const { mapping } = suggestMapping(spec('coverage'), ['Kabupaten/Kota', 'Program', count, 'Tahun'], [], {
      fileName: 'x.csv',
      titleLines: [],
    });
    expect(mapping.beneficiaries).toEqual({ kind: 'column', index: 2 });
    expect(mapping.unit?.kind === 'constant' ? mapping.unit.value : mapping.unit?.kind).toBe(unit);
  });

  it('a BPS table titled "… Menurut Kabupaten/Kota" reads the area from its own column, the value from the title column', () => {
    const headers = ['Kabupaten/Kota', 'Persentase Penduduk Miskin (P0) Menurut Kabupaten/Kota (Persen)', 'Tahun'];
    const { mapping } = suggestMapping(spec('poverty'), headers, [], { fileName: '', titleLines: [] });
    expect([mapping.area_code, mapping.rate_pct, mapping.year]).toEqual(
      [0, 1, 2].map((index) => ({ kind: 'column', index })),
    );
  });
});
