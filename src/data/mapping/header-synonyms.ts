/** A header reduced to comparable words. */
export function normaliseHeader(text: string): string {
  return (
    String(text ?? '')
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      // "(%)" is a unit like "(Persen)"; both should read the same.
      .replace(/%/g, ' persen ')
      .replace(/['’`]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  );
}

// Words that say a header's unit or grammar, not what it holds: "Persentase Penduduk Miskin (Persen)" and
// `persentase_miskin` name the same thing. Units that change a number's scale ("ribu", "jiwa") are kept
// for the scale guards below, but do not count towards a match.
const FILLER = new Set([
  'penduduk',
  'persen',
  'ribu',
  'jiwa',
  'orang',
  'rupiah',
  'rp',
  'kapita',
  'kap',
  'perkapita',
  'per',
  'di',
  'dan',
  'yang',
  'the',
  'of',
  'in',
  'and',
  'by',
]);

// Spellings seen in real tables, read as the word they stand for.
const SPELLINGS: Readonly<Record<string, string>> = {
  prosentase: 'persentase',
  presentase: 'persentase',
  propinsi: 'provinsi',
  dibawah: 'bawah',
  diatas: 'atas',
  kab: 'kabupaten',
  kec: 'kecamatan',
};

// "Persentase Penduduk Miskin Menurut Kabupaten/Kota": what follows "menurut" (by) is the table's breakdown,
// not what the column holds.
const BREAKDOWN = /\s(?:menurut|by)\s.*$/;

/** The words of a normalised header that say what it holds: spellings unified, units and grammar left out. */
export function headerTokens(text: string): string[] {
  return text
    .replace(BREAKDOWN, '')
    .split(' ')
    .map((w) => SPELLINGS[w] ?? w)
    .filter((w) => w !== '' && !FILLER.has(w));
}

const any = (words: ReadonlySet<string>, list: readonly string[]) => list.some((w) => words.has(w));
const RUPIAH_SCALE = ['ribu', 'juta', 'miliar', 'milyar'];

/**
 * Headers a column must never be read from, whatever phrase they contain (tested on all normalised words):
 * a share or a count is not the poverty line, the food part of the line is not the line, a count of persons
 * is not thousands, an amount in thousands of rupiah is not rupiah, a kecamatan or village is not a district.
 */
export const HEADER_GUARDS: Readonly<Record<string, (words: ReadonlySet<string>) => boolean>> = {
  rate_pct: (w) => any(w, ['atas', 'jumlah']),
  poverty_line_rp: (w) => any(w, ['persentase', 'jumlah', 'bawah', 'atas', 'makanan', 'indeks', 'penduduk']),
  poor_thousands: (w) => w.has('persentase') || w.has('indeks') || (any(w, ['jiwa', 'orang']) && !w.has('ribu')),
  budget_rp: (w) => any(w, RUPIAH_SCALE),
  amount_rp: (w) => any(w, RUPIAH_SCALE),
  area_code: (w) => any(w, ['kecamatan', 'kec', 'desa', 'kelurahan']),
};

// The area can be named by a code or a name, of the district or of the province; suggest-mapping prefers
// a district code, then a district name, then the province's (a file with both levels is a district file).
const AREA: readonly string[] = [
  'kode bps',
  'bps code',
  'kode wilayah',
  'kode kabupaten kota',
  'kode kab kota',
  'kode kabupaten',
  'kode kota',
  'kode kemendagri',
  'kemendagri code',
  'area code',
  'region code',
  'regency code',
  'district code',
  'kabupaten kota',
  'kab kota',
  'nama kabupaten kota',
  'nama kab kota',
  'nama wilayah',
  'wilayah',
  'regency city',
  'regency',
  'city',
  'district',
  'region',
  'area',
  'kabupaten',
  'kota',
  'kode provinsi',
  'province code',
  'provinsi',
  'nama provinsi',
  'province',
];

const SOURCE: readonly string[] = ['sumber', 'sumber data', 'source', 'data source', 'referensi', 'reference'];

const PUBLISHER: readonly string[] = ['penerbit', 'instansi penerbit', 'publisher', 'issued by'];
const CITATION_NOTE: readonly string[] = ['catatan sitasi', 'catatan kutipan', 'citation note'];

// Where a figure was published and where it was read (see the catalog's citation columns).
const CITATION: Readonly<Record<string, readonly string[]>> = {
  publisher: PUBLISHER,
  release_title: ['judul rilis', 'judul publikasi', 'judul brs', 'release title', 'publication title'],
  release_date: ['tanggal rilis', 'tanggal publikasi', 'tanggal brs', 'release date', 'publication date'],
  release_url: ['tautan rilis', 'url rilis', 'tautan publikasi', 'release url', 'release link'],
  read_in: ['dibaca di', 'jenis sumber baca', 'read in'],
  citation_note: CITATION_NOTE,
};

const PROGRAMME: readonly string[] = [
  'program',
  'kode program',
  'nama program',
  'program bantuan',
  'jenis bantuan',
  'programme',
  'programme id',
  'program id',
];

/**
 * Header phrases (normalised, Indonesian and English) per dataset id and schema column, the preferred
 * phrase first. A phrase matches a header equal to it, or one containing all its words.
 */
export const HEADER_SYNONYMS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  poverty: {
    area_code: AREA,
    year: ['tahun', 'year', 'tahun data', 'tahun survei'],
    period: ['periode', 'bulan', 'semester', 'period', 'month', 'periode survei', 'bulan survei'],
    rate_pct: [
      'persentase penduduk miskin',
      'p0',
      'persentase kemiskinan',
      'tingkat kemiskinan',
      'angka kemiskinan',
      'poverty rate',
      'percentage of poor',
      'poverty headcount',
      'headcount index',
      'persentase penduduk di bawah garis kemiskinan',
    ],
    poor_thousands: [
      'jumlah penduduk miskin',
      'penduduk miskin',
      'penduduk di bawah garis kemiskinan',
      'number of poor',
      'poor people',
      'poor population thousand',
    ],
    poverty_line_rp: ['garis kemiskinan', 'poverty line'],
    p1: ['indeks kedalaman kemiskinan', 'kedalaman kemiskinan', 'poverty gap index', 'poverty gap', 'p1'],
    p2: ['indeks keparahan kemiskinan', 'keparahan kemiskinan', 'poverty severity index', 'poverty severity', 'p2'],
    ...CITATION,
    source: SOURCE,
  },
  targets: {
    area_code: AREA,
    indicator: ['indikator', 'indicator', 'jenis indikator'],
    target_year: ['tahun target', 'target year', 'tahun sasaran', 'tahun capaian', 'tahun'],
    target_pct: ['target', 'target persen', 'target kemiskinan', 'sasaran', 'target rate'],
    target_low_pct: ['target bawah', 'batas bawah', 'target minimum', 'target min', 'lower target', 'target low'],
    target_high_pct: ['target atas', 'batas atas', 'target maksimum', 'target maks', 'upper target', 'target high'],
    kind: ['jenis target', 'jenis', 'sifat target', 'kind', 'target type', 'type'],
    document: ['dokumen', 'dokumen perencanaan', 'nama dokumen', 'document'],
    publisher: PUBLISHER,
    published: ['tanggal terbit', 'tanggal dokumen', 'published', 'date published'],
    citation_note: CITATION_NOTE,
    caveat_id: ['catatan kehati hatian', 'caveat id', 'caveat indonesia'],
    caveat_en: ['caveat en', 'caveat english'],
    source: SOURCE,
  },
  coverage: {
    area_code: AREA,
    year: ['tahun', 'year', 'tahun anggaran'],
    programme_id: PROGRAMME,
    beneficiaries: [
      'jumlah penerima',
      'penerima',
      'jumlah penerima manfaat',
      'penerima manfaat',
      'jumlah kpm',
      'kpm',
      'realisasi penerima',
      'penerima bantuan',
      'jumlah keluarga penerima manfaat',
      'beneficiaries',
      'number of beneficiaries',
      'recipients',
      'jumlah',
    ],
    unit: ['satuan', 'unit', 'satuan penerima'],
    budget_rp: [
      'anggaran',
      'anggaran rp',
      'anggaran bantuan',
      'nilai anggaran',
      'realisasi anggaran',
      'pagu',
      'budget',
      'spending',
    ],
    source: SOURCE,
    publisher: PUBLISHER,
    provenance: ['asal data', 'status data', 'provenance'],
  },
  register: {
    payment_id: [
      'id pembayaran',
      'no transaksi',
      'id transaksi',
      'nomor transaksi',
      'payment id',
      'no',
      'nomor',
      'no urut',
    ],
    household_id: [
      'id keluarga',
      'id rumah tangga',
      'no kk',
      'nomor kk',
      'id kk',
      'nomor kartu keluarga',
      'id ruta',
      'id dtsen',
      'household id',
      'family id',
    ],
    area_code: AREA,
    village_code: ['kode desa', 'kode desa kelurahan', 'kode kelurahan', 'kode desa kel', 'village code'],
    desil: ['desil', 'desil kesejahteraan', 'desil dtsen', 'decile'],
    programme_id: PROGRAMME,
    month: ['bulan', 'bulan penyaluran', 'bulan salur', 'periode penyaluran', 'periode', 'month'],
    amount_rp: [
      'nilai bantuan',
      'nominal bantuan',
      'jumlah bantuan',
      'nominal',
      'besaran bantuan',
      'amount',
      'benefit amount',
    ],
  },
};
