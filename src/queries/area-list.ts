/** An area a target can be set for. */
export interface AreaListRow {
  area_code: string;
  name: string;
  type: 'provinsi' | 'kabupaten' | 'kota';
  population_thousands: number;
}

/** Every area, the province first and then the districts by code. */
export function areaListSql(): string {
  return `SELECT bps_code AS area_code, name, type, population_2025_thousands AS population_thousands
FROM areas
ORDER BY type <> 'provinsi', bps_code`;
}
