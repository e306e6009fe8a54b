/** The kinds of district a programme can reach, where it cannot reach every district. */
const ONLY_IN: Readonly<Record<string, readonly string[]>> = {
  // Dana Desa is paid to desa; the three kota have kelurahan, not desa, so BLT Dana Desa has no one to reach there.
  blt_dana_desa: ['kabupaten'],
};

/**
 * Whether a programme can reach a district of this type (`kabupaten` or `kota`). A district where it
 * cannot is "not applicable", which is neither zero nor missing data.
 */
export function programmeApplies(programmeId: string, areaType: string): boolean {
  const only = ONLY_IN[programmeId];
  return only === undefined || only.includes(areaType);
}
