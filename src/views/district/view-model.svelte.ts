import { areaProfileSql, type AreaProfileRow } from '../../queries/area-profile.ts';
import { areaProgrammesSql, type AreaProgrammeRow } from '../../queries/area-programmes.ts';
import { areasSeriesSql, type AreaSeriesRow } from '../../queries/areas-series.ts';
import { nationalSeriesSql, type NationalRow } from '../../queries/national-series.ts';
import { povertySeriesSql, type SeriesRow } from '../../queries/poverty-series.ts';
import { targetsWithAreasSql, type TargetWithAreaRow } from '../../queries/targets-with-areas.ts';
import type { Session } from '../shell/session.svelte.ts';
import { targetsFigures, type AreaFigure } from '../targets/targets-figures.ts';
import { pageFigures, type PageFigures } from './page-figures.ts';

export { KUKAR } from '../district-link.ts';

/** The province's BPS code. */
const PROVINCE = '64';

/** A district page's rows and figures. */
export interface DistrictData {
  profile: AreaProfileRow;
  rows: SeriesRow[];
  targets: TargetWithAreaRow[];
  /** The March rows of the province and the nation drawn as references (citations included). */
  references: SeriesRow[];
  figures: PageFigures | null;
  /** The area's targets assessed on its series (null without targets). */
  assessed: AreaFigure | null;
  programmes: AreaProgrammeRow[];
}

// Indonesia's rows in the shape of an area's, so one line builder and one citation list serve both.
const asSeries = (rows: NationalRow[]): SeriesRow[] =>
  rows.map(({ poor_millions: _, ...r }) => ({ ...r, poor_thousands: null }));

/** Reads one area's page from DuckDB: its March series, profile and rank, targets with verdicts, the reference lines and its programmes. */
export class DistrictModel {
  #session: Session;
  readonly data: Promise<DistrictData | null>;

  constructor(session: Session, area: () => string) {
    this.#session = session;
    this.data = $derived(this.#load(area()));
  }

  async #load(code: string): Promise<DistrictData | null> {
    const q = <R>(sql: string) => this.#session.query<R>(sql);
    const [[profile], rows, allTargets, province, national, programmes] = await Promise.all([
      q<AreaProfileRow>(areaProfileSql(code)),
      q<SeriesRow>(povertySeriesSql({ areaCode: code, period: 'mar' })),
      q<TargetWithAreaRow>(targetsWithAreasSql()),
      code === PROVINCE ? Promise.resolve([]) : q<SeriesRow>(povertySeriesSql({ areaCode: PROVINCE, period: 'mar' })),
      q<NationalRow>(nationalSeriesSql()),
      q<AreaProgrammeRow>(areaProgrammesSql(code)),
    ]);
    if (!profile) return null;
    const targets = allTargets.filter((t) => t.area_code === code);
    const nationalMarch = asSeries(national.filter((n) => n.period === 'mar'));
    const series = targets.length ? await q<AreaSeriesRow>(areasSeriesSql([code])) : [];
    const first = rows[0]?.year ?? Infinity;
    return {
      profile,
      rows,
      targets,
      references: [...province, ...nationalMarch].filter((r) => r.year >= first),
      figures: pageFigures(rows, targets, province, nationalMarch),
      assessed: targets.length ? (targetsFigures(targets, series)[0] ?? null) : null,
      programmes,
    };
  }
}
