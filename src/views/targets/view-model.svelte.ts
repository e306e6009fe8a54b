import { areaListSql, type AreaListRow } from '../../queries/area-list.ts';
import { areasSeriesSql, type AreaSeriesRow } from '../../queries/areas-series.ts';
import { targetsWithAreasSql, type TargetWithAreaRow } from '../../queries/targets-with-areas.ts';
import { targetIssuesSql, type TargetInput, type TargetIssueRow } from '../../queries/upsert-target.ts';
import type { Session } from '../shell/session.svelte.ts';

/** The rows the Targets view is computed from. */
export interface TargetsData {
  targets: TargetWithAreaRow[];
  series: AreaSeriesRow[];
  areas: AreaListRow[];
}

/**
 * Reads every target with its area, the series of those areas and the list of areas from DuckDB;
 * writes an entered target and reads everything again.
 */
export class TargetsModel {
  #session: Session;
  /** Bumped after each write so `data` is read again. */
  revision = $state(0);

  constructor(session: Session) {
    this.#session = session;
  }

  data = $derived<Promise<TargetsData>>(this.#load(this.revision));

  async #load(_revision: number): Promise<TargetsData> {
    const [targets, areas] = await Promise.all([
      this.#session.query<TargetWithAreaRow>(targetsWithAreasSql()),
      this.#session.query<AreaListRow>(areaListSql()),
    ]);
    const series = await this.#session.query<AreaSeriesRow>(
      areasSeriesSql([...new Set(targets.map((t) => t.area_code))]),
    );
    return { targets, series, areas };
  }

  /** Checks an entered target in the engine and, if nothing is wrong, writes it; returns what was wrong. */
  async save(input: TargetInput): Promise<TargetIssueRow[]> {
    const issues = await this.#session.query<TargetIssueRow>(targetIssuesSql(input));
    if (issues.length) return issues;
    await this.#session.edit({ kind: 'target', input });
    this.revision++;
    return [];
  }
}
