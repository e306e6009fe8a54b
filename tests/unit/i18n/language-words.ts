/**
 * Words that give a page away as Indonesian or English, for the browser test that reads every view in the other
 * language (tests/e2e/bilingual.spec.ts). Each is taken from one catalogue (or the number formatter) and is in no
 * message of the other (language-words.test.ts checks), so finding one on a page means untranslated text.
 * Names that are Indonesian in both languages (Kutai Kartanegara, Sekolah Rakyat, DTKS, desil, BPS titles)
 * are not here.
 */
export const INDONESIAN_WORDS = [
  'Sumber', 'Tampilkan tabel data', 'Persentase penduduk miskin', 'Tahun', 'Maret', 'Unduh', 'kabupaten/kota',
  'Kabupaten/kota', 'Memuat', 'Data per', 'poin', 'Perubahan', 'Wilayah', 'Terakhir', 'Tercapai', 'Sesuai jalur',
  'Perlu percepatan', 'Kemajuan terbatas', 'Memburuk', 'penduduk', 'miskin', 'Gambar', 'Tautan', 'Cetak', 'dan',
  'yang', 'dari', 'untuk', 'dengan', 'tidak', 'juta', 'miliar', 'ribu', 'orang', 'baris', 'berkas', 'kabupaten',
  'Kabupaten', 'provinsi', 'Provinsi', 'menjadi', 'turun', 'naik', 'sejak', 'pada', 'Data bawaan',
  'Presentasi', 'keluarga', 'rumah tangga', 'bulan', 'sama', 'Semua', 'Simpan', 'Ubah', 'Hapus', 'Tambah',
] as const;

/** The English counterparts: catalogue words that have no place on an Indonesian page. */
export const ENGLISH_WORDS = [
  'Source', 'Sources', 'Show data table', 'Download', 'Loading', 'Share of people in poverty', 'Year', 'March',
  'Target year', 'Latest', 'Change', 'people', 'the', 'and', 'of', 'from', 'with', 'points', 'million', 'billion',
  'rows', 'file', 'Achieved', 'On track', 'Districts', 'Your data', 'Bundled data', 'Print report', 'Save', 'Edit',
  'Remove', 'Add', 'households', 'month', 'year', 'All', 'image', 'Link', 'fell', 'rose',
] as const;

/** The listed words that occur in a text as whole words (a word inside another word does not count). */
export function wordsIn(text: string, words: readonly string[]): string[] {
  return words.filter((word) => new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(text));
}
