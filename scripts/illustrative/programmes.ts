/** Benefit kinds: two register rows of one household in one month with the same kind are an overlap. */
export type Kind = 'cash' | 'food' | 'business' | 'device' | 'education' | 'residential';

/** How a programme pays in the register year. */
export type Schedule = 'quarterly' | 'monthly' | 'once' | 'school-term';

/** One programme of the register and the coverage table, with its illustrative amounts. */
export interface Programme {
  id: string;
  kind: Kind;
  level: 'pusat' | 'provinsi' | 'kabupaten';
  /** The programme_id in datasets/facts/programmes_facts.csv, or null for a national programme named for realism. */
  factsId: string | null;
  nameId: string;
  nameEn: string;
  unit: 'person' | 'household' | 'student';
  schedule: Schedule;
  /** Rupiah per register payment (cash, or the illustrative value of an in-kind benefit). */
  payment: number;
  /** Where a programme that is not in programmes_facts.csv is named, for its programme_kinds row. */
  namedIn?: string;
}

/** PKH tranches differ with a family's components; these four average Rp625.000, Rp2,5 juta a year. */
export const PKH_TRANCHES: readonly { amount: number; weight: number }[] = [
  { amount: 450_000, weight: 0.3 },
  { amount: 600_000, weight: 0.35 },
  { amount: 750_000, weight: 0.2 },
  { amount: 900_000, weight: 0.15 },
];

// Stated amounts where the facts give them (Rp200.000 a month, Rp5 juta once, Sembako Rp600.000 a
// quarter); the rest are round illustrative values of the goods or the place.
/** The ten programmes: the nine of the register, then BLT Dana Desa (coverage only). */
export const PROGRAMMES: readonly Programme[] = [
  national(
    'pkh',
    'cash',
    'Program Keluarga Harapan (PKH)',
    'Family Hope Programme (PKH), conditional cash transfer',
    625_000,
  ),
  national(
    'sembako',
    'food',
    'Program Sembako (Bantuan Pangan Non-Tunai)',
    'Staple food programme (Sembako, non-cash food aid)',
    600_000,
  ),
  kukar(
    'kukar_perlindungan',
    'cash',
    'Perlindungan sosial (bantuan tunai)',
    'Social protection cash transfer',
    'person',
    'monthly',
    200_000,
  ),
  kukar(
    'kukar_pangan',
    'food',
    'Bantuan pangan (permakanan dan paket sembako)',
    'Food assistance (meals and staple packages)',
    'person',
    'monthly',
    250_000,
  ),
  kukar(
    'kukar_rehabilitasi',
    'device',
    'Rehabilitasi sosial (alat bantu)',
    'Social rehabilitation (assistive devices)',
    'person',
    'once',
    2_500_000,
  ),
  kukar(
    'kukar_pemberdayaan',
    'business',
    'Pemberdayaan ekonomi (peralatan usaha)',
    'Economic empowerment (business equipment)',
    'household',
    'once',
    3_000_000,
  ),
  {
    id: 'kaltim_uep',
    kind: 'business',
    level: 'provinsi',
    factsId: 'kaltim_uep',
    unit: 'household',
    schedule: 'once',
    payment: 5_000_000,
    nameId: 'Bantuan Usaha Ekonomi Produktif (modal usaha)',
    nameEn: 'Productive enterprise grant',
  },
  {
    id: 'kaltim_rapak_dalam',
    kind: 'residential',
    level: 'provinsi',
    factsId: 'kaltim_rapak_dalam',
    unit: 'person',
    schedule: 'monthly',
    payment: 2_000_000,
    nameId: 'Panti disabilitas Rapak Dalam',
    nameEn: 'Rapak Dalam disability home and skills centre',
  },
  {
    id: 'pusat_sekolah_rakyat',
    kind: 'education',
    level: 'pusat',
    factsId: 'pusat_sekolah_rakyat',
    unit: 'student',
    schedule: 'school-term',
    payment: 4_000_000,
    nameId: 'Sekolah Rakyat',
    nameEn: "People's boarding schools",
  },
  // Only in coverage (sourced rows for 2023), never in the register.
  {
    id: 'blt_dana_desa',
    kind: 'cash',
    level: 'pusat',
    factsId: null,
    unit: 'household',
    schedule: 'monthly',
    payment: 300_000,
    nameId: 'BLT Dana Desa',
    nameEn: 'Village Fund cash transfer (BLT Dana Desa)',
    namedIn: 'datasets/facts/coverage_sourced.csv (BLT Dana Desa 2023, Antara Kaltim); Rp300.000 a month per family',
  },
];

function national(id: string, kind: Kind, nameId: string, nameEn: string, payment: number): Programme {
  return { id, kind, level: 'pusat', factsId: null, nameId, nameEn, unit: 'household', schedule: 'quarterly', payment };
}

function kukar(
  id: string,
  kind: Kind,
  nameId: string,
  nameEn: string,
  unit: Programme['unit'],
  schedule: Schedule,
  payment: number,
): Programme {
  return { id, kind, level: 'kabupaten', factsId: id, nameId, nameEn, unit, schedule, payment };
}

/** A programme by id; an unknown id is a bug in the generator. */
export function programme(id: string): Programme {
  const found = PROGRAMMES.find((p) => p.id === id);
  if (!found) throw new Error(`unknown programme "${id}"`);
  return found;
}

/** Payments one beneficiary receives in a year: Sekolah Rakyat opened in July 2025, so six that year. */
export function paymentsInYear(p: Programme, year: number): number {
  if (p.schedule === 'school-term') return year === 2025 ? 6 : 12;
  return { quarterly: 4, monthly: 12, once: 1 }[p.schedule];
}
