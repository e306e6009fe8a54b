import { sqlNumber } from './sql-literal.ts';

/** What coverage is read for: a year of the coverage table and the persons counted per household. */
export interface CoverageParams {
  year: number;
  householdSize: number;
}

/** One programme in one district in the chosen year, against the district's poor. */
export interface ProgrammeCoverageRow {
  area_code: string;
  name: string;
  short_name: string;
  programme_id: string;
  name_id: string | null;
  name_en: string | null;
  unit: 'person' | 'household' | 'student';
  beneficiaries: number;
  budget_rp: number | null;
  /** Beneficiaries in people: households x household size, persons and students as they are. */
  people_reached: number;
  /** BPS March count of poor people of `poor_year`; null when the district has none up to the year. */
  poor_people: number | null;
  /** The year of that count: the chosen year, else the latest earlier March with a count. */
  poor_year: number | null;
  coverage_per_1000_poor: number | null;
  /** True for a generated row (`provenance = 'illustrative'`); a sourced row, or a user's row without provenance, is not. */
  illustrative: boolean;
  publisher: string | null;
  source: string;
}

/** One district's programmes together in the chosen year, against its poor. */
export interface DistrictCoverageRow {
  area_code: string;
  name: string;
  short_name: string;
  programmes: number;
  people_reached: number;
  poor_people: number | null;
  poor_year: number | null;
  /** people_reached / poor_people; an upper bound that may pass 1, as one person can be in two programmes. */
  coverage_share: number | null;
  /** How many of `programmes` are generated rows: 0 means every figure of the district is real. */
  illustrative_programmes: number;
}

// The latest March count at or before the year: BPS district counts come out a year or more late.
function poorCte(year: number): string {
  return `poor AS (
  SELECT area_code, max(year) AS poor_year, arg_max(poor_thousands, year) AS poor_thousands
  FROM poverty WHERE period = 'mar' AND poor_thousands IS NOT NULL AND year <= ${sqlNumber(year)}
  GROUP BY area_code
)`;
}

/** Coverage of each programme in each district (not the province) in a year, by district and programme. */
export function programmeCoverageSql({ year, householdSize }: CoverageParams): string {
  return `WITH ${poorCte(year)}, reached AS (
  SELECT c.area_code, a.name, a.short_name, c.programme_id, k.name_id, k.name_en, c.unit, c.beneficiaries, c.budget_rp::DOUBLE AS budget_rp,
    (c.beneficiaries * CASE c.unit WHEN 'household' THEN ${sqlNumber(householdSize)} ELSE 1 END)::DOUBLE AS people_reached,
    round(p.poor_thousands * 1000)::DOUBLE AS poor_people, p.poor_year::INTEGER AS poor_year,
    coalesce(c.provenance = 'illustrative', false) AS illustrative, c.publisher, c.source
  FROM coverage c
  JOIN areas a ON a.bps_code = c.area_code
  LEFT JOIN programme_kinds k ON k.programme_id = c.programme_id
  LEFT JOIN poor p ON p.area_code = c.area_code
  WHERE c.year = ${sqlNumber(year)} AND a.type <> 'provinsi'
)
SELECT *, people_reached / nullif(poor_people, 0) * 1000 AS coverage_per_1000_poor
FROM reached
ORDER BY area_code, programme_id`;
}

/** Each district's programmes summed in a year: people reached against its poor, by code. */
export function districtCoverageSql(params: CoverageParams): string {
  return `SELECT area_code, name, short_name, count(*)::INTEGER AS programmes, sum(people_reached)::DOUBLE AS people_reached,
  min(poor_people) AS poor_people, min(poor_year) AS poor_year, sum(people_reached) / nullif(min(poor_people), 0) AS coverage_share,
  count(*) FILTER (WHERE illustrative)::INTEGER AS illustrative_programmes
FROM (
${programmeCoverageSql(params)}
)
GROUP BY area_code, name, short_name
ORDER BY area_code`;
}
