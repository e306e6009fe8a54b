import { districtChangeSql, districtYearsSql, type DistrictChangeRow } from '../../queries/district-change.ts';
import { defaultBaseYear, type YearCoverage } from '../../domain/default-base-year.ts';
import type { Session } from '../shell/session.svelte.ts';
import { districtFigures, type DistrictFigures } from './district-figures.ts';

/** The districts view's rows and figures for a base year. */
export interface DistrictsData {
  baseYear: number;
  years: YearCoverage[];
  rows: DistrictChangeRow[];
  figures: DistrictFigures;
}

/** Reads every district's latest rate and change since the chosen base year (or the default one). */
export class DistrictsModel {
  #session: Session;
  readonly years: Promise<YearCoverage[]>;
  readonly data: Promise<DistrictsData>;

  constructor(session: Session, chosen: () => number | null) {
    this.#session = session;
    this.years = session.query<YearCoverage>(districtYearsSql());
    this.data = $derived(this.#load(chosen()));
  }

  async #load(chosen: number | null): Promise<DistrictsData> {
    const years = await this.years;
    const known = years.some((y) => y.year === chosen);
    const baseYear = known ? chosen! : (defaultBaseYear(years) ?? 0);
    const rows = await this.#session.query<DistrictChangeRow>(districtChangeSql({ baseYear }));
    return { baseYear, years, rows, figures: districtFigures(rows) };
  }
}
