import type { District } from './districts.ts';
import type { Kecamatan } from './kecamatan.ts';
import type { Random } from './random.ts';

/** A synthetic village (desa or kelurahan) in a real kecamatan, and how many of its district's register households it draws. */
export interface Village {
  code: string;
  weight: number;
}

// Villages per district: in proportion to its share of the poor, within a few dozen to a couple of hundred.
const VILLAGES_FOR_ALL_POOR = 700;
const FEWEST = 24;
const MOST = 220;

/**
 * A district's synthetic villages, spread over its real kecamatan (`kecamatan`, in code order), with
 * Kemendagri-style codes (`64.02.08.2011`: the real kecamatan's code and a synthetic village number):
 * kelurahan are numbered from 1001 (every village of a kota, the first few of a kabupaten's first
 * kecamatan), desa from 2001. Weights are skewed so that a few villages hold many households.
 */
export function villagesOf(
  district: District,
  kecamatan: readonly Kecamatan[],
  shareOfPoor: number,
  random: Random,
): Village[] {
  const count = Math.min(MOST, Math.max(FEWEST, Math.round(shareOfPoor * VILLAGES_FOR_ALL_POOR)));
  const sizes = kecamatanSizes(count, kecamatan.length, random);
  return sizes.flatMap((size, k) =>
    Array.from({ length: size }, (_, v) => ({
      code: `${kecamatan[k]!.code}.${villageNumber(district.kota, k, v)}`,
      weight: 0.2 + 4 * random.next() ** 2,
    })),
  );
}

// Every kecamatan gets one village when there are at least as many villages as kecamatan (always so
// in Kaltim: 24 or more villages, at most 20 kecamatan); the rest land where seeded weights put them.
function kecamatanSizes(villages: number, kecamatan: number, random: Random): number[] {
  const weights = Array.from({ length: kecamatan }, () => 0.5 + random.next());
  const sizes = villages >= kecamatan ? new Array<number>(kecamatan).fill(1) : oneEachInSome(villages, weights, random);
  for (let i = kecamatan; i < villages; i++) sizes[random.weighted(weights)]! += 1;
  return sizes;
}

// Fewer villages than kecamatan: each village in a different kecamatan, drawn by weight.
function oneEachInSome(villages: number, weights: readonly number[], random: Random): number[] {
  const open = [...weights];
  const sizes = new Array<number>(weights.length).fill(0);
  for (let i = 0; i < villages; i++) {
    const k = random.weighted(open);
    sizes[k] = 1;
    open[k] = 0;
  }
  return sizes;
}

function villageNumber(kota: boolean, kecamatanIndex: number, villageIndex: number): string {
  const kelurahan = kota || (kecamatanIndex === 0 && villageIndex < 3);
  if (kelurahan) return String(1001 + villageIndex);
  return String(2001 + villageIndex - (kecamatanIndex === 0 ? 3 : 0));
}
