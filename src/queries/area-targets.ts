import { sqlString } from './sql-literal.ts';

/** One stated target: a value, or a range low..high. */
export interface TargetRow {
  area_code: string;
  target_year: number;
  target_pct: number | null;
  target_low_pct: number | null;
  target_high_pct: number | null;
  kind: string;
  document: string;
  /** Who stated the target (a Dinas, a Pemkab, Bappenas), and when, where known. */
  publisher: string | null;
  published: string | null;
  /** What a councillor should know about the target, in each language (a stated ambition, a figure quoted differently). */
  caveat_id: string | null;
  caveat_en: string | null;
  source: string;
}

/** The poverty-rate targets of an area, by year. */
export function areaTargetsSql(areaCode: string, indicator = 'poverty_rate'): string {
  return `SELECT area_code, target_year, target_pct, target_low_pct, target_high_pct, kind, document, publisher, published, caveat_id, caveat_en, source
FROM targets
WHERE area_code = ${sqlString(areaCode)} AND indicator = ${sqlString(indicator)}
ORDER BY target_year`;
}
