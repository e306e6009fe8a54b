import { coverageCounts } from './coverage-counts.ts';
import type { District } from './districts.ts';
import type { AddOn } from './household.ts';
import { allocate } from './largest-remainder.ts';
import { REGISTER_HOUSEHOLDS, REGISTER_YEAR } from './settings.ts';

/** How many register households a district gets, and how many of them hold each special programme. */
export interface DistrictPlan {
  district: District;
  /** Index of the district's first household among all register households (household ids hash it). */
  firstIndex: number;
  households: number;
  rapak: number;
  perlindungan: number;
  pangan: number;
  addOns: Readonly<Record<AddOn, number>>;
}

/**
 * Shares the register's households among districts in proportion to their poor in 2025. The special
 * programmes take their 2025 coverage counts scaled to the register (equal to them at full scale);
 * every other household is a PKH or Sembako household.
 */
export function registerPlan(districts: readonly District[], households: number, seed: number): DistrictPlan[] {
  const perDistrict = allocate(
    households,
    districts.map((d) => d.poor.get(REGISTER_YEAR)!),
  );
  const counts = coverageCounts(districts, seed).filter((c) => c.year === REGISTER_YEAR);
  const scaled = (area: string, programme: string) =>
    Math.round(
      ((counts.find((c) => c.area === area && c.programme === programme)?.beneficiaries ?? 0) * households) /
        REGISTER_HOUSEHOLDS,
    );
  let firstIndex = 0;
  return districts.map((district, i) => {
    const plan = planOf(district, firstIndex, perDistrict[i]!, (p) => scaled(district.code, p));
    firstIndex += plan.households;
    return plan;
  });
}

function planOf(
  district: District,
  firstIndex: number,
  households: number,
  scaled: (programme: string) => number,
): DistrictPlan {
  const addOns: Record<AddOn, number> = {
    kaltim_uep: scaled('kaltim_uep'),
    kukar_pemberdayaan: scaled('kukar_pemberdayaan'),
    kukar_rehabilitasi: scaled('kukar_rehabilitasi'),
    pusat_sekolah_rakyat: scaled('pusat_sekolah_rakyat'),
  };
  const roles = {
    rapak: scaled('kaltim_rapak_dalam'),
    perlindungan: scaled('kukar_perlindungan'),
    pangan: scaled('kukar_pangan'),
  };
  const plan = { district, firstIndex, households, ...roles, addOns };
  const special = plan.rapak + plan.perlindungan + plan.pangan + Object.values(addOns).reduce((a, b) => a + b, 0);
  if (special > households)
    throw new Error(
      `district ${district.code}: ${households} households cannot hold ${special} special beneficiaries; use a larger register`,
    );
  return plan;
}
