import { areaTargetsSql, type TargetRow } from '../../queries/area-targets.ts';
import { povertySeriesSql, type SeriesRow } from '../../queries/poverty-series.ts';
import type { Session } from '../shell/session.svelte.ts';
import { kukarFigures, type KukarFigures } from './kukar-figures.ts';

/** Kutai Kartanegara's BPS code. */
export const KUKAR = '6403';

/** The Kukar view's rows and figures. */
export interface KukarData {
  rows: SeriesRow[];
  targets: TargetRow[];
  figures: KukarFigures | null;
}

/** Reads Kukar's March series and stated targets from DuckDB. */
export class KukarModel {
  #session: Session;
  readonly data: Promise<KukarData>;

  constructor(session: Session) {
    this.#session = session;
    this.data = $derived(this.#load());
  }

  async #load(): Promise<KukarData> {
    const [rows, targets] = await Promise.all([
      this.#session.query<SeriesRow>(povertySeriesSql({ areaCode: KUKAR, period: 'mar' })),
      this.#session.query<TargetRow>(areaTargetsSql(KUKAR)),
    ]);
    return { rows, targets, figures: kukarFigures(rows, targets) };
  }
}
