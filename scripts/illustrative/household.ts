/** One payment of a household in the register year: programme, month (1–12) and rupiah. */
export interface Payment {
  programme: string;
  month: number;
  amount: number;
}

/** What a household organically receives besides PKH or Sembako: the role fixes its main programme. */
export type Role = 'base' | 'perlindungan' | 'pangan' | 'rapak';

/** A one-off or school programme added to a base household. */
export type AddOn = 'kaltim_uep' | 'kukar_pemberdayaan' | 'kukar_rehabilitasi' | 'pusat_sekolah_rakyat';

/** A synthetic household of the register and its payments. */
export interface Household {
  id: string;
  area: string;
  village: string;
  desil: number;
  role: Role;
  addOn: AddOn | null;
  payments: Payment[];
}

/** Whether the household has a payment of the programme (in the given month, if one is given). */
export function receives(h: Household, programme: string, month?: number): boolean {
  return h.payments.some((p) => p.programme === programme && (month === undefined || p.month === month));
}

/** The months in which the household is paid by the programme. */
export function monthsOf(h: Household, programme: string): number[] {
  return h.payments.filter((p) => p.programme === programme).map((p) => p.month);
}
