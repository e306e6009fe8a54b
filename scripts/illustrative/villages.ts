import type { District } from './districts.ts';
import type { Random } from './random.ts';

/** A synthetic village (desa or kelurahan) and how many of its district's register households it draws. */
export interface Village {
  code: string;
  weight: number;
}

// Villages per district: in proportion to its share of the poor, within a few dozen to a couple of hundred.
const VILLAGES_FOR_ALL_POOR = 700;
const FEWEST = 24;
const MOST = 220;

/**
 * A district's synthetic villages with Kemendagri-style codes (`64.02.07.2011`: district, kecamatan,
 * village): kelurahan are numbered from 1001 (every village of a kota, the first few of a kabupaten's
 * first kecamatan), desa from 2001. Weights are skewed so that a few villages hold many households.
 */
export function villagesOf(district: District, shareOfPoor: number, random: Random): Village[] {
  const count = Math.min(MOST, Math.max(FEWEST, Math.round(shareOfPoor * VILLAGES_FOR_ALL_POOR)));
  const kecamatan = Math.max(3, Math.round(count / (7 + random.int(6))));
  const sizes = kecamatanSizes(count, kecamatan, random);
  return sizes.flatMap((size, k) =>
    Array.from({ length: size }, (_, v) => ({
      code: `${district.kemendagriCode}.${pad(k + 1, 2)}.${villageNumber(district.kota, k, v)}`,
      weight: 0.2 + 4 * random.next() ** 2,
    })),
  );
}

// Every kecamatan gets at least one village; the rest land where weighted draws put them.
function kecamatanSizes(villages: number, kecamatan: number, random: Random): number[] {
  const sizes = new Array<number>(kecamatan).fill(1);
  const weights = sizes.map(() => 0.5 + random.next());
  for (let i = kecamatan; i < villages; i++) sizes[random.weighted(weights)]! += 1;
  return sizes;
}

function villageNumber(kota: boolean, kecamatanIndex: number, villageIndex: number): string {
  const kelurahan = kota || (kecamatanIndex === 0 && villageIndex < 3);
  if (kelurahan) return String(1001 + villageIndex);
  return String(2001 + villageIndex - (kecamatanIndex === 0 ? 3 : 0));
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
