import { districtChangeSql, districtYearsSql, type DistrictChangeRow } from '../../queries/district-change.ts';
import { defaultBaseYear, type YearCoverage } from '../../domain/default-base-year.ts';
import { areasSeriesSql, type AreaSeriesRow } from '../../queries/areas-series.ts';
import { nationalSeriesSql, type NationalRow } from '../../queries/national-series.ts';
import type { Session } from '../shell/session.svelte.ts';
import { districtFigures, type DistrictFigures } from './district-figures.ts';

/** The districts view's rows and figures for a base year. */
export interface DistrictsData {
  baseYear: number;
  years: YearCoverage[];
  rows: DistrictChangeRow[];
  figures: DistrictFigures;
  /** The poverty rows the chart shows (each district's base and latest March, the province's), for their citations. */
  cited: AreaSeriesRow[];
  /** Indonesia's March figure of the districts' latest year, the second reference line (null when not published). */
  national: NationalRow | null;
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
    const [rows, national] = await Promise.all([
      this.#session.query<DistrictChangeRow>(districtChangeSql({ baseYear })),
      this.#session.query<NationalRow>(nationalSeriesSql()),
    ]);
    const shown = new Set(rows.flatMap((r) => [`${r.area_code}-${r.latest_year}`, `${r.area_code}-${baseYear}`]));
    const series = await this.#session.query<AreaSeriesRow>(areasSeriesSql(rows.map((r) => r.area_code)));
    const cited = series.filter((s) => s.period === 'mar' && shown.has(`${s.area_code}-${s.year}`));
    const latestYear = Math.max(...rows.map((r) => r.latest_year));
    return {
      baseYear,
      years,
      rows,
      figures: districtFigures(rows),
      cited,
      national: national.find((n) => n.period === 'mar' && n.year === latestYear) ?? null,
    };
  }
}
