import { areaPlacesSql, type AreaPlaceRow } from '../../queries/area-places.ts';
import { coverageVsChangeSql, type CoverageVsChangeRow } from '../../queries/coverage-vs-change.ts';
import { coverageYearsSql, type CoverageYearRow } from '../../queries/coverage-years.ts';
import { districtYearsSql } from '../../queries/district-change.ts';
import { latestMarchYearSql, type LatestMarchYearRow } from '../../queries/latest-march-year.ts';
import {
  districtCoverageSql,
  programmeCoverageSql,
  type DistrictCoverageRow,
  type ProgrammeCoverageRow,
} from '../../queries/programme-coverage.ts';
import type { YearCoverage } from '../../domain/default-base-year.ts';
import type { CoverageChoice } from '../../state/url-state.svelte.ts';
import type { Session } from '../shell/session.svelte.ts';
import { coverageFigures, type CoverageFigures } from './coverage-figures.ts';

/** What the coverage view shows for the user's choices, after defaults are applied. */
export interface CoverageInputs {
  year: number | null;
  programme: string;
  baseYear: number;
  householdSize: number;
}

/** The base year of the change when the link names none. */
export const DEFAULT_COVERAGE_BASE_YEAR = 2023;

/** The model's inputs from the user's choices in the link and the household size of the scenario planner. */
export function coverageInputs(choice: CoverageChoice, householdSize: number): CoverageInputs {
  return {
    year: choice.cyear,
    programme: choice.cprog,
    baseYear: choice.cbase ?? DEFAULT_COVERAGE_BASE_YEAR,
    householdSize,
  };
}

/** A programme the year has rows for, with its names, for the programme picker. */
export interface ProgrammeOption {
  id: string;
  nameId: string;
  nameEn: string;
  unit: string;
}

/** The coverage view's rows and figures. */
export interface CoverageData {
  year: number;
  years: CoverageYearRow[];
  baseYear: number;
  baseYears: YearCoverage[];
  programme: string;
  programmes: ProgrammeOption[];
  rows: ProgrammeCoverageRow[];
  totals: DistrictCoverageRow[];
  change: CoverageVsChangeRow[];
  places: AreaPlaceRow[];
  figures: CoverageFigures;
}

/** The default year: the latest coverage year that has poverty data, else the latest coverage year. */
export function defaultCoverageYear(years: CoverageYearRow[], latestPovertyYear: number | null): number | null {
  const known = years.filter((y) => latestPovertyYear === null || y.year <= latestPovertyYear);
  return (known.at(-1) ?? years.at(-1))?.year ?? null;
}

/**
 * The base year of the change: the chosen one when it is before the coverage year, else the year
 * before it with the most districts (the latest on a tie), so a year like 2023 never compares with itself.
 */
export function baseYearFor(chosen: number, year: number, baseYears: readonly YearCoverage[]): number {
  if (chosen < year) return chosen;
  const before = baseYears.filter((y) => y.year < year);
  const best = before.reduce<YearCoverage | null>((b, y) => (!b || y.districts >= b.districts ? y : b), null);
  return best?.year ?? chosen;
}

/** The rows that do not change with the user's choices: read once per view. */
interface CoverageFrame {
  years: CoverageYearRow[];
  latestPovertyYear: number | null;
  baseYears: YearCoverage[];
  places: AreaPlaceRow[];
}

/** Reads programme coverage, the districts' poor and their change in poverty for the chosen year. */
export class CoverageModel {
  #session: Session;
  readonly #frame: Promise<CoverageFrame>;
  readonly data: Promise<CoverageData>;
  /** The ten districts with both codes, read once: what boundary files are matched against. */
  readonly places: Promise<AreaPlaceRow[]>;

  constructor(session: Session, inputs: () => CoverageInputs) {
    this.#session = session;
    this.#frame = this.#loadFrame();
    this.places = this.#frame.then((f) => f.places);
    this.data = $derived(this.#load(inputs()));
  }

  async #loadFrame(): Promise<CoverageFrame> {
    const q = <T>(sql: string) => this.#session.query<T>(sql);
    const [years, [latest], baseYears, places] = await Promise.all([
      q<CoverageYearRow>(coverageYearsSql()),
      q<LatestMarchYearRow>(latestMarchYearSql()),
      q<YearCoverage>(districtYearsSql()),
      q<AreaPlaceRow>(areaPlacesSql()),
    ]);
    return { years, latestPovertyYear: latest?.year ?? null, baseYears, places };
  }

  async #load(inputs: CoverageInputs): Promise<CoverageData> {
    const q = <T>(sql: string) => this.#session.query<T>(sql);
    const { years, latestPovertyYear, baseYears, places } = await this.#frame;
    const year = years.some((y) => y.year === inputs.year)
      ? inputs.year!
      : defaultCoverageYear(years, latestPovertyYear);
    if (year === null) throw new Error('coverage: no rows');
    const params = { year, householdSize: inputs.householdSize };
    const baseYear = baseYearFor(inputs.baseYear, year, baseYears);
    const [rows, totals, change] = await Promise.all([
      q<ProgrammeCoverageRow>(programmeCoverageSql(params)),
      q<DistrictCoverageRow>(districtCoverageSql(params)),
      q<CoverageVsChangeRow>(coverageVsChangeSql({ ...params, baseYear })),
    ]);
    const programmes = programmeOptions(rows);
    const programme = programmes.some((p) => p.id === inputs.programme) ? inputs.programme : 'all';
    const figures = coverageFigures(places, rows, totals, change, programme);
    return { year, years, baseYear, baseYears, programme, programmes, rows, totals, change, places, figures };
  }
}

/** The programmes the rows name, once each, in their order, for the picker and the sentences. */
export function programmeOptions(rows: ProgrammeCoverageRow[]): ProgrammeOption[] {
  const byId = new Map<string, ProgrammeOption>();
  for (const r of rows)
    byId.set(r.programme_id, {
      id: r.programme_id,
      nameId: r.name_id ?? r.programme_id,
      nameEn: r.name_en ?? r.programme_id,
      unit: r.unit,
    });
  return [...byId.values()];
}
