import { sqlString } from './sql-literal.ts';

/** One kecamatan of a district: households in the register, and those with an overlap finding. */
export interface KecamatanOverlapRow {
  kecamatan_code: string;
  households: number;
  flagged: number;
  findings: number;
}

/**
 * Households and overlap findings per kecamatan of one district, from the register's village codes
 * (Kemendagri `64.02.07.2011`: the first eight characters are the kecamatan). Reads `overlap_findings`,
 * so run the check (`overlapFindingsSql()`) first. `kemendagriCode` is the district's (`64.02`), never its BPS code.
 */
export function kecamatanOverlapSql(kemendagriCode: string): string {
  const prefix = sqlString(`${kemendagriCode}.`);
  return `WITH hh AS (
  SELECT left(village_code, 8) AS kec, count(DISTINCT household_id) AS households
  FROM register WHERE starts_with(village_code, ${prefix}) GROUP BY kec
), f AS (
  SELECT left(village_code, 8) AS kec, count(DISTINCT household_id) AS flagged, count(*) AS findings
  FROM overlap_findings WHERE starts_with(village_code, ${prefix}) GROUP BY kec
)
SELECT hh.kec AS kecamatan_code, hh.households::INTEGER AS households, coalesce(f.flagged, 0)::INTEGER AS flagged, coalesce(f.findings, 0)::INTEGER AS findings
FROM hh LEFT JOIN f ON f.kec = hh.kec
ORDER BY kecamatan_code`;
}
