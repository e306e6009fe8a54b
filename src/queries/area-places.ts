/** A district with both of its codes and its approximate centre (for the tile map and boundary matching). */
export interface AreaPlaceRow {
  bps_code: string;
  kemendagri_code: string;
  name: string;
  short_name: string;
  /** `kabupaten` or `kota` (a kota has no desa, so village programmes do not apply there). */
  type: 'kabupaten' | 'kota';
  approx_lat: number | null;
  approx_lon: number | null;
}

/** Every district (not the province), by BPS code, with its Kemendagri code, its type and approximate centre. */
export function areaPlacesSql(): string {
  return `SELECT bps_code, kemendagri_code, name, short_name, type, approx_lat, approx_lon
FROM areas WHERE type <> 'provinsi' ORDER BY bps_code`;
}
