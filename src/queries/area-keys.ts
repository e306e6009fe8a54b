/** An area's keys for the crosswalk: BPS code, Kemendagri code, full and short name. */
export interface AreaKeysRow {
  bps_code: string;
  kemendagri_code: string;
  name: string;
  short_name: string;
}

/** Every area's keys, so a file may name areas by either code system or by name. */
export function areaKeysSql(): string {
  return `SELECT bps_code, kemendagri_code, name, short_name FROM areas ORDER BY bps_code`;
}
