// Words that say what kind of area a name is, not which one: "Kabupaten Paser", "Samarinda City",
// "Provinsi Kalimantan Timur", "Prov. Kaltim".
const KIND_WORDS = new Set([
  'kabupaten',
  'kab',
  'kota',
  'kotamadya',
  'kodya',
  'regency',
  'city',
  'municipality',
  'kabkota',
  'kabkot',
  'provinsi',
  'propinsi',
  'prov',
  'province',
]);

// Spellings met in boundary files and older BPS tables, keyed and valued in normalised form.
const ALIASES: ReadonlyMap<string, string> = new Map([
  ['mahakam hulu', 'mahakam ulu'],
  ['mahakam ulu', 'mahakam ulu'],
  ['pasir', 'paser'],
  ['kutai kertanegara', 'kutai kartanegara'],
  ['kutai kertanagara', 'kutai kartanegara'],
  ['kutai kartanagara', 'kutai kartanegara'],
  ['penajam', 'penajam paser utara'],
  ['penajam pasir utara', 'penajam paser utara'],
  ['pasir penajam utara', 'penajam paser utara'],
  ['paser penajam utara', 'penajam paser utara'],
  ['balik papan', 'balikpapan'],
  ['east kalimantan', 'kalimantan timur'],
]);

/**
 * An area name reduced to a comparable key: lowercase, no diacritics or punctuation, without
 * "Kabupaten"/"Kota"/"Regency"/"City"/"Provinsi" before or after, and known variant spellings mapped to one
 * ("Kabupaten Mahakam Hulu" and "Mahakam Ulu" both give "mahakam ulu").
 */
export function normaliseAreaName(text: string): string {
  const words = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  while (words.length > 1 && KIND_WORDS.has(words[0] ?? '')) words.shift();
  while (words.length > 1 && KIND_WORDS.has(words[words.length - 1] ?? '')) words.pop();
  const key = words.join(' ');
  return ALIASES.get(key) ?? key;
}
