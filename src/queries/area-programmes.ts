import { sqlString } from './sql-literal.ts';

/** A programme's reach in one area and year, real or illustrative, with its names. */
export interface AreaProgrammeRow {
  year: number;
  programme_id: string;
  name_id: string | null;
  name_en: string | null;
  beneficiaries: number;
  unit: 'person' | 'household' | 'student';
  provenance: 'sourced' | 'illustrative';
  publisher: string | null;
  source: string;
}

/**
 * Every programme row of an area, latest year first, real (sourced) rows before illustrative ones; a
 * row without a provenance (an older user file) counts as illustrative, never as real.
 */
export function areaProgrammesSql(areaCode: string): string {
  return `SELECT c.year, c.programme_id, p.name_id, p.name_en, c.beneficiaries, c.unit,
  CASE WHEN c.provenance = 'sourced' THEN 'sourced' ELSE 'illustrative' END AS provenance, c.publisher, c.source
FROM coverage c
LEFT JOIN programme_kinds p ON p.programme_id = c.programme_id
WHERE c.area_code = ${sqlString(areaCode)}
ORDER BY c.year DESC, provenance = 'illustrative', c.programme_id`;
}
