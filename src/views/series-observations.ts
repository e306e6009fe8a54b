import type { SeriesRow } from '../queries/poverty-series.ts';
import type { Observation, Target } from '../domain/types.ts';
import type { TargetRow } from '../queries/area-targets.ts';
import type { CitedRow } from '../domain/citations.ts';

/** Query rows as the domain's observations. */
export function toObservations(rows: readonly SeriesRow[]): Observation[] {
  return rows.map((r) => ({ year: r.year, period: r.period, ratePct: r.rate_pct, poorThousands: r.poor_thousands }));
}

/** Query rows as the domain's targets. */
export function toTargets(rows: readonly TargetRow[]): Target[] {
  return rows.map((r) => ({
    areaCode: r.area_code,
    year: r.target_year,
    valuePct: r.target_pct,
    lowPct: r.target_low_pct,
    highPct: r.target_high_pct,
  }));
}

/** Every distinct source named by some rows (a cell may list several, separated by " | "). */
export function distinctSources(rows: readonly { source: string | null }[]): string[] {
  return [
    ...new Set(
      rows.flatMap((r) =>
        (r.source ?? '')
          .split(' | ')
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    ),
  ];
}

/** Stated targets as cited rows: who stated it, the document or statement as its "release", and where it was read. */
export function targetCitations(rows: readonly TargetRow[]): CitedRow[] {
  return rows.map((r) => ({
    year: r.target_year,
    period: null,
    publisher: r.publisher,
    release_title: r.document,
    release_date: r.published,
    release_url: null,
    read_in: 'press',
    source: r.source,
  }));
}
