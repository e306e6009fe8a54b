/** How a programme counts its beneficiaries. */
export type BeneficiaryUnit = 'person' | 'household' | 'student';

/**
 * Beneficiaries in people: a household counts as `householdSize` people, a person or a student as one.
 * Null when the count or (for households) the size is not a usable number.
 */
export function peopleReached(beneficiaries: number, unit: BeneficiaryUnit, householdSize: number): number | null {
  if (!Number.isFinite(beneficiaries) || beneficiaries < 0) return null;
  if (unit !== 'household') return beneficiaries;
  return Number.isFinite(householdSize) && householdSize > 0 ? beneficiaries * householdSize : null;
}
