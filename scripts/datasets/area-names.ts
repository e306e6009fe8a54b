import type { DataRow } from './cell.ts';

/** Strips the "Kabupaten"/"Kota"/"Provinsi" prefix and a trailing "(...)" note from an area name. */
export function baseAreaName(name: string): string {
  return name
    .replace(/^(Kabupaten|Kota|Provinsi)\s+/, '')
    .replace(/\s*\([^)]*\)$/, '')
    .trim();
}

/** Area names by BPS code, from the built areas rows. */
export function areaNamesByCode(areas: readonly DataRow[]): Map<string, string> {
  return new Map(areas.map((a) => [String(a.bps_code), String(a.name)]));
}
