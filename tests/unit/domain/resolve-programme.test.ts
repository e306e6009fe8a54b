import { describe, expect, it } from 'vitest';
import { resolveProgramme, type ProgrammeKeys } from '../../../src/domain/resolve-programme.ts';

const PROGRAMMES: ProgrammeKeys[] = [
  { programme_id: 'pkh', name_id: 'Program Keluarga Harapan (PKH)', name_en: 'Family Hope Programme (PKH), cash' },
  {
    programme_id: 'sembako',
    name_id: 'Program Sembako (Bantuan Pangan Non-Tunai)',
    name_en: 'Staple food programme (Sembako, non-cash food aid)',
  },
  { programme_id: 'blt_dana_desa', name_id: 'BLT Dana Desa', name_en: 'Village Fund cash transfer (BLT Dana Desa)' },
  { programme_id: 'kukar_pangan', name_id: 'Bantuan pangan (paket)', name_en: 'Food assistance (packages)' },
  { programme_id: 'kaltim_pangan', name_id: 'Bantuan pangan (paket)', name_en: 'Provincial food aid' },
];

describe('resolveProgramme', () => {
  it.each([
    ['pkh', 'pkh'],
    ['PKH', 'pkh'],
    [' Program Keluarga Harapan ', 'pkh'],
    ['Program Keluarga Harapan (PKH)', 'pkh'],
    ['family hope programme', 'pkh'],
    ['BPNT', 'sembako'],
    ['Bantuan Pangan Non Tunai', 'sembako'],
    ['Kartu Sembako', 'sembako'],
    ['Program Sembako', 'sembako'],
    ['BLT-DD', 'blt_dana_desa'],
    ['blt_dana_desa', 'blt_dana_desa'],
    ['BLT Dana Desa', 'blt_dana_desa'],
    ['Village Fund cash transfer', 'blt_dana_desa'],
  ])('%j → %s', (value, id) => {
    expect(resolveProgramme(value, PROGRAMMES)).toBe(id);
  });

  it.each(['', '  ', 'Bansos Daerah', 'Bantuan pangan', 'Bantuan pangan (paket)', 'PK'])(
    '%j names no programme, or two (it decides nothing)',
    (value) => {
      expect(resolveProgramme(value, PROGRAMMES)).toBeNull();
    },
  );

  it('an alias answers only when its programme is in the list', () => {
    expect(
      resolveProgramme(
        'BPNT',
        PROGRAMMES.filter((p) => p.programme_id !== 'sembako'),
      ),
    ).toBeNull();
  });
});
