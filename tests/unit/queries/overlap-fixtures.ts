import type { DbConnection } from '../../../src/data/connection.ts';
import { overlapFindingsSql } from '../../../src/queries/overlap-findings.ts';
import { overlapPrepareSqls } from '../../../src/queries/overlap-prepare.ts';
import { openEngineWith, type Source, type Sources } from '../helpers/engine.ts';

/**
 * The hand-made register (tests/fixtures/register-overlaps.csv). The catalog has only a Parquet file
 * for the register, so the CSV's format is given here. Its households, and what each must raise under
 * tests/fixtures/overlap_rules.csv (R1-R4 as the defaults, plus R5 = kaltim_uep twice in a year):
 *   a1 Kukar d1: pkh + sembako in 2025-03 and 2025-06 (cash + food) ............ nothing
 *   a2 Samarinda d3: sembako twice in 2025-06, once in 2025-09 .................. same_kind sembako+sembako 2025-06
 *   a3 Kukar d4: kukar_pangan + sembako + sembako + pkh in 2025-03 .............. same_kind kukar_pangan+sembako (3 payments),
 *                                                                                 same_kind sembako+sembako (2 payments)
 *   a4 Kukar d5: rapak_dalam + kukar_pangan in 2025-04; each alone in 05 and 06 . R1 2025-04
 *   a5 Paser d2: kaltim_uep 2025-02, kukar_pemberdayaan 2025-09 ................. R4 2025 (month 2025-09) only
 *   a6 Kukar d1: kaltim_uep + kukar_pemberdayaan both in 2025-07 ................ same_kind 2025-07 and R4 2025
 *   a7 Samarinda d6: kaltim_uep 2025-01 and 2025-11 ............................. R5 2025 (a = b), month 2025-11
 *   a8 Paser d3: kaltim_uep 2024-12, kukar_pemberdayaan 2025-01 ................. nothing (different years)
 *   a9 Samarinda d2: rapak_dalam + sembako + sembako in 2025-09 ................. R2 2025-09 (3 payments), same_kind sembako+sembako
 *   b0 Kukar d7: rapak_dalam + kukar_perlindungan 2025-10; pkh + perlindungan 12  R3 2025-10, same_kind kukar_perlindungan+pkh 2025-12
 *   b1, b2 Balikpapan d8, d1: one or two kinds in different months .............. nothing (a district with no findings)
 *   b3 Samarinda d1: pusat_sekolah_rakyat in 2025-07 and 2025-08 ................ nothing
 */
export const REGISTER_CSV: Source = {
  path: 'tests/fixtures/register-overlaps.csv',
  format: { path: 'register-overlaps.csv', format: 'csv', delimiter: ',', decimal: '.' },
};

/** The real areas and poverty with the hand-made kinds, rules, coverage and register. */
export const OVERLAP_SOURCES: Sources = {
  areas: 'datasets/areas.parquet',
  poverty: 'datasets/poverty.parquet',
  programme_kinds: 'tests/fixtures/programme_kinds.csv',
  overlap_rules: 'tests/fixtures/overlap_rules.csv',
  coverage: 'tests/fixtures/coverage.csv',
  register: REGISTER_CSV,
};

/** Builds the register's index, as the view does once after the register loads (and again after each reload). */
export async function prepareRegister(conn: DbConnection): Promise<void> {
  for (const sql of overlapPrepareSqls()) await conn.exec(sql);
}

/** A real DuckDB with the overlap fixtures loaded, the register indexed and overlap_findings built from them. */
export async function openOverlapEngine(): Promise<DbConnection> {
  const conn = await openEngineWith(OVERLAP_SOURCES);
  await prepareRegister(conn);
  await conn.exec(overlapFindingsSql());
  return conn;
}
