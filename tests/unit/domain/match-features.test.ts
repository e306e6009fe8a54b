import { describe, expect, it } from 'vitest';
import { matchFeatures, type AreaRef, type MatchBy, type UnmatchedReason } from '../../../src/domain/match-features.ts';

// The ten districts of datasets/areas.csv. BPS and Kemendagri codes differ: BPS 6402 is Kutai Barat,
// Kemendagri 64.02 is Kutai Kartanegara.
const AREAS: AreaRef[] = [
  ['6401', '64.01', 'Paser', 'Paser'],
  ['6402', '64.07', 'Kutai Barat', 'Kubar'],
  ['6403', '64.02', 'Kutai Kartanegara', 'Kukar'],
  ['6404', '64.08', 'Kutai Timur', 'Kutim'],
  ['6405', '64.03', 'Berau', 'Berau'],
  ['6409', '64.09', 'Penajam Paser Utara', 'PPU'],
  ['6411', '64.11', 'Mahakam Ulu', 'Mahulu'],
  ['6471', '64.71', 'Balikpapan', 'Balikpapan'],
  ['6472', '64.72', 'Samarinda', 'Samarinda'],
  ['6474', '64.74', 'Bontang', 'Bontang'],
].map(([bps_code, kemendagri_code, name, short_name]) => ({ bps_code, kemendagri_code, name, short_name }) as AreaRef);

const one = (props: Record<string, unknown> | null) => matchFeatures([props], AREAS);

describe('matchFeatures: one feature', () => {
  it.each<[string, Record<string, unknown> | null, string | null, MatchBy | null, string]>([
    ['BPS code by property name', { bps_code: '6402' }, '6402', 'bps-code', '6402'],
    ['BPS code, KDBPS, as a number', { KDBPS: 6402 }, '6402', 'bps-code', '6402'],
    ['kode_bps', { kode_bps: '6474' }, '6474', 'bps-code', '6474'],
    ['Kemendagri dotted code', { kode_kemendagri: '64.02' }, '6403', 'kemendagri-code', '64.02'],
    ['Kemendagri code without dots, by property name', { kemendagri: '6402' }, '6403', 'kemendagri-code', '6402'],
    ['KDPKAB dotted', { KDPKAB: '64.07' }, '6402', 'kemendagri-code', '64.07'],
    ['kode_kab undotted is Kemendagri', { kode_kab: '6403' }, '6405', 'kemendagri-code', '6403'],
    ['dotted under an unknown name is Kemendagri', { id: '64.02' }, '6403', 'kemendagri-code', '64.02'],
    ['dotted under a BPS-looking name is still Kemendagri', { bps_code: '64.02' }, '6403', 'kemendagri-code', '64.02'],
    ['numeric dotted under a code name keeps two decimals', { kode_kemendagri: 64.1 }, null, null, '64.10'],
    [
      'WADMKK with Kabupaten prefix and old spelling',
      { WADMKK: 'Kabupaten Mahakam Hulu' },
      '6411',
      'name',
      'Kabupaten Mahakam Hulu',
    ],
    ['NAMOBJ Pasir', { NAMOBJ: 'Pasir' }, '6401', 'name', 'Pasir'],
    ['Kota prefix', { name: 'Kota Samarinda' }, '6472', 'name', 'Kota Samarinda'],
    [
      'GADM NAME_2, NAME_1 ignored',
      { NAME_1: 'Kalimantan Timur', NAME_2: 'Kutai Kertanegara' },
      '6403',
      'name',
      'Kutai Kertanegara',
    ],
    ['nama + kabupaten', { nama: 'Penajam', kabupaten: 'Penajam Paser Utara' }, '6409', 'name', 'Penajam Paser Utara'],
    ['short name', { name: 'PPU' }, '6409', 'name', 'PPU'],
    [
      'undotted code under an unknown name falls back to the name',
      { kode: '6402', name: 'Kutai Kartanegara' },
      '6403',
      'name',
      'Kutai Kartanegara',
    ],
    ['undotted code under an unknown name, no name', { kode: '6402' }, null, null, '6402'],
    ['unknown name', { name: 'Kotabaru' }, null, null, 'Kotabaru'],
    ['unknown code', { bps_code: '6301' }, null, null, '6301'],
    ['unknown code, known name', { bps_code: '6301', name: 'Berau' }, '6405', 'name', 'Berau'],
    ['a population count is not a code', { population: 6402 }, null, null, '#1'],
    ['null properties', null, null, null, '#1'],
  ])('%s', (_name, props, areaCode, by, label) => {
    expect(one(props).features).toEqual([{ index: 0, areaCode, by, label }]);
  });

  it.each<[string, Record<string, unknown> | null, UnmatchedReason]>([
    ['ambiguous code, no name', { kode: '6402' }, 'ambiguous-code'],
    ['ambiguous code, unknown name', { kode: '6402', name: 'Kotabaru' }, 'unknown-name'],
    ['unknown code', { bps_code: '6301' }, 'unknown-code'],
    ['unknown name', { WADMKK: 'Kotabaru' }, 'unknown-name'],
    ['nothing', { OBJECTID: 3, Shape_Area: 0.42 }, 'no-code-or-name'],
    ['null properties', null, 'no-code-or-name'],
  ])('unmatched: %s', (_name, props, reason) => {
    expect(one(props).unmatched.map((u) => u.reason)).toEqual([reason]);
  });
});

describe('matchFeatures: conflicts', () => {
  it.each<[string, Record<string, unknown>, string, MatchBy, string, MatchBy]>([
    // The classic mix-up: a Kemendagri code read as BPS would be Kutai Barat.
    [
      'code and name disagree: the code wins',
      { kode_kemendagri: '64.02', name: 'Kutai Barat' },
      '6403',
      'kemendagri-code',
      '6402',
      'name',
    ],
    [
      'BPS and Kemendagri codes disagree: BPS wins',
      { bps_code: '6402', kode_kemendagri: '64.02' },
      '6402',
      'bps-code',
      '6403',
      'kemendagri-code',
    ],
  ])('%s', (_name, props, areaCode, by, otherAreaCode, otherBy) => {
    const report = one(props);
    expect(report.features[0]).toMatchObject({ areaCode, by });
    expect(report.conflicts).toEqual([{ index: 0, label: expect.any(String), areaCode, by, otherAreaCode, otherBy }]);
  });

  it('agreeing code and name is no conflict', () => {
    expect(one({ bps_code: '6402', WADMKK: 'Kabupaten Kutai Barat' }).conflicts).toEqual([]);
  });
});

describe('matchFeatures: the whole file', () => {
  it('lists missing areas, unmatched features and duplicates', () => {
    const report = matchFeatures(
      [
        { WADMKK: 'Kabupaten Mahakam Hulu' },
        { kode_kemendagri: '64.02' },
        { name: 'Kutai Kartanegara' },
        { kode: '6471' },
        { name: 'Kotabaru' },
      ],
      AREAS,
    );
    expect(report.features.map((f) => f.areaCode)).toEqual(['6411', '6403', '6403', null, null]);
    expect(report.unmatched).toEqual([
      { index: 3, label: '6471', reason: 'ambiguous-code' },
      { index: 4, label: 'Kotabaru', reason: 'unknown-name' },
    ]);
    expect(report.duplicates).toEqual([{ areaCode: '6403', indexes: [1, 2] }]);
    expect(report.missingAreas).toEqual(['6401', '6402', '6404', '6405', '6409', '6471', '6472', '6474']);
  });

  it('an empty file matches nothing', () => {
    expect(matchFeatures([], AREAS).missingAreas).toHaveLength(10);
  });

  it('a name two areas share decides nothing', () => {
    const areas = [
      ...AREAS,
      { bps_code: '6499', kemendagri_code: '64.99', name: 'Kota Berau', short_name: 'Kota Berau' },
    ];
    expect(matchFeatures([{ name: 'Berau' }], areas).features[0]?.areaCode).toBeNull();
  });
});
