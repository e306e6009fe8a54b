import { describe, expect, it } from 'vitest';
import { normaliseAreaName } from '../../../src/domain/area-name.ts';

describe('normaliseAreaName', () => {
  it.each<[string, string]>([
    ['Paser', 'paser'],
    ['PASIR', 'paser'],
    ['Kabupaten Pasir', 'paser'],
    ['Kab. Paser', 'paser'],
    ['Kab Paser', 'paser'],
    ['Paser Regency', 'paser'],
    ['Kota Samarinda', 'samarinda'],
    ['Samarinda City', 'samarinda'],
    ['Kotamadya Samarinda', 'samarinda'],
    ['KOTA BALIKPAPAN', 'balikpapan'],
    ['Balik Papan', 'balikpapan'],
    ['Kabupaten Mahakam Hulu', 'mahakam ulu'],
    ['Mahakam Ulu', 'mahakam ulu'],
    ['Kutai Kertanegara', 'kutai kartanegara'],
    ['Kab. Kutai Kartanegara', 'kutai kartanegara'],
    ['Kutai  Barat', 'kutai barat'],
    ['Kutai-Timur', 'kutai timur'],
    ['  berau\t', 'berau'],
    ['Penajam Paser Utara', 'penajam paser utara'],
    ['Penajam', 'penajam paser utara'],
    ['Kabupaten Penajam Pasir Utara', 'penajam paser utara'],
    ['Bontang', 'bontang'],
    ['Bóntáng', 'bontang'],
    ["Ma'rang", 'marang'],
    // A kind word alone is kept rather than emptied.
    ['Kota', 'kota'],
    ['', ''],
  ])('%j -> %j', (input, expected) => {
    expect(normaliseAreaName(input)).toBe(expected);
  });
});
