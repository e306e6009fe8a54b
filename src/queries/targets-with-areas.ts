import type { TargetRow } from './area-targets.ts';
import { sqlString } from './sql-literal.ts';

/** One stated target with its area's name and population (for people needed). */
export interface TargetWithAreaRow extends TargetRow {
  area_name: string;
  short_name: string;
  area_type: 'provinsi' | 'kabupaten' | 'kota';
  population_thousands: number;
}

/** Every target of an indicator, with its area (province first, then districts by code), by year. */
export function targetsWithAreasSql(indicator = 'poverty_rate'): string {
  return `SELECT t.area_code, a.name AS area_name, a.short_name, a.type AS area_type,
  a.population_2025_thousands AS population_thousands,
  t.target_year, t.target_pct, t.target_low_pct, t.target_high_pct, t.kind, t.document, t.publisher, t.published, t.caveat_id, t.caveat_en, t.source
FROM targets t
JOIN areas a ON a.bps_code = t.area_code
WHERE t.indicator = ${sqlString(indicator)}
ORDER BY a.type <> 'provinsi', t.area_code, t.target_year`;
}
