import type { District } from './districts.ts';
import { allocate } from './largest-remainder.ts';
import { randomFor } from './random.ts';
import type { Random } from './random.ts';
import { COVERAGE_YEARS } from './settings.ts';

/** Beneficiaries of one programme in one district and year, in the programme's unit. */
export interface CoverageCount {
  area: string;
  year: number;
  programme: string;
  beneficiaries: number;
}

const KUKAR = '6403';
const SAMARINDA = '6472';
const PEOPLE_PER_HOUSEHOLD = 4;

// People reached by PKH and Sembako together as a share of the district's poor: spread out on
// purpose (two districts above 1, the rest below) so that a coverage-versus-poverty chart has a shape.
const REACH = [0.5, 0.58, 0.64, 0.7, 0.76, 0.81, 0.86, 0.9, 1.06, 1.2];

// Kaltim UEP families per year: about 1,000 in 2023–2024, 1,500 + 180 (APBD-P) in 2025, 1,500 in 2026.
const UEP_TOTALS: Readonly<Record<number, number>> = { 2023: 1000, 2024: 1000, 2025: 1680, 2026: 1500 };

// Rapak Dalam opened in 2025; residents stay under its capacity of 200.
const RAPAK_TOTALS: Readonly<Record<number, number>> = { 2025: 120, 2026: 190 };

// Kukar scheme sizes in 2025 (people, households for pemberdayaan), against about 55–60 thousand poor.
const KUKAR_2025: Readonly<Record<string, number>> = {
  kukar_perlindungan: 4200,
  kukar_pangan: 2900,
  kukar_rehabilitasi: 320,
  kukar_pemberdayaan: 450,
};
const KUKAR_TREND: Readonly<Record<number, number>> = { 2023: 0.9, 2024: 0.95, 2025: 1, 2026: 1.04 };

// Sekolah Rakyat: 275 interim places in Samarinda from July 2025; in 2026 the permanent school
// (1,000) and first intakes at the three new sites named by Dinsos Kaltim.
const SEKOLAH_RAKYAT: readonly CoverageCount[] = [
  { area: SAMARINDA, year: 2025, programme: 'pusat_sekolah_rakyat', beneficiaries: 275 },
  { area: KUKAR, year: 2026, programme: 'pusat_sekolah_rakyat', beneficiaries: 200 }, // Bukit Biru
  { area: '6409', year: 2026, programme: 'pusat_sekolah_rakyat', beneficiaries: 150 }, // Lawe-Lawe
  { area: SAMARINDA, year: 2026, programme: 'pusat_sekolah_rakyat', beneficiaries: 1000 },
  { area: '6474', year: 2026, programme: 'pusat_sekolah_rakyat', beneficiaries: 100 },
];

/** Every programme's beneficiaries by district and year, 2023–2026; rows with none are left out. */
export function coverageCounts(districts: readonly District[], seed: number): CoverageCount[] {
  const random = randomFor(seed, 'coverage');
  return [
    ...nationalCounts(districts, random),
    ...provinceCounts(districts, 'kaltim_uep', UEP_TOTALS),
    ...kukarCounts(random),
    ...provinceCounts(districts, 'kaltim_rapak_dalam', RAPAK_TOTALS),
    ...SEKOLAH_RAKYAT,
  ].filter((c) => c.beneficiaries > 0);
}

function nationalCounts(districts: readonly District[], random: Random): CoverageCount[] {
  const reach = shuffled(REACH, random);
  return districts.flatMap((d, i) => {
    const pkhShare = 0.36 + 0.14 * random.next();
    return COVERAGE_YEARS.flatMap((year) => {
      const households = (d.poor.get(year)! * reach[i]!) / PEOPLE_PER_HOUSEHOLD;
      return [
        count(d.code, year, 'pkh', households * pkhShare * jitter(random, 0.04)),
        count(d.code, year, 'sembako', households * (1 - pkhShare) * jitter(random, 0.04)),
      ];
    });
  });
}

// Province programmes are shared out exactly in proportion to each district's poor that year.
function provinceCounts(
  districts: readonly District[],
  programme: string,
  totals: Readonly<Record<number, number>>,
): CoverageCount[] {
  return COVERAGE_YEARS.filter((y) => totals[y] !== undefined).flatMap((year) => {
    const parts = allocate(
      totals[year]!,
      districts.map((d) => d.poor.get(year)!),
    );
    return districts.map((d, i) => ({ area: d.code, year, programme, beneficiaries: parts[i]! }));
  });
}

function kukarCounts(random: Random): CoverageCount[] {
  return Object.entries(KUKAR_2025).flatMap(([programme, base]) =>
    COVERAGE_YEARS.map((year) => count(KUKAR, year, programme, base * KUKAR_TREND[year]! * jitter(random, 0.03))),
  );
}

function count(area: string, year: number, programme: string, exact: number): CoverageCount {
  return { area, year, programme, beneficiaries: Math.round(exact) };
}

function jitter(random: Random, spread: number): number {
  return 1 + (random.next() * 2 - 1) * spread;
}

function shuffled<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
