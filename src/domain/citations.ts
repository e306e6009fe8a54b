import type { Period } from './types.ts';

/** How a sourced row was read: on the publisher's own page, in the press, or on an aggregator site. */
export type ReadIn = 'official' | 'press' | 'aggregator';

/** The citation fields of a sourced row, as the datasets carry them (null where unknown). */
export interface CitedRow {
  year: number;
  period: Period | null;
  publisher: string | null;
  release_title: string | null;
  release_date: string | null;
  release_url: string | null;
  read_in: string | null;
  /** The page(s) the figure was read on, several separated by " | ". */
  source: string | null;
}

/** One release of a publisher: the rows it carried, and where they were read. */
export interface Release {
  publisher: string;
  /** The release's own title; null when it could not be identified. */
  title: string | null;
  /** ISO date of the release, when known. */
  date: string | null;
  url: string | null;
  /** The earliest and latest survey rounds it reports. */
  first: Round;
  last: Round;
  readAt: string[];
  /** True when none of its rows was read on the publisher's own page. */
  pressOnly: boolean;
}

/** A survey round: a year and, for poverty figures, March or September. */
export interface Round {
  year: number;
  period: Period | null;
}

/** A publisher's releases behind some rows, oldest first, with the span of rounds they cover. */
export interface CitationGroup {
  publisher: string;
  releases: Release[];
  first: Round;
  last: Round;
  /** Releases read only in the press or on aggregators. */
  pressOnly: number;
}

const PERIOD_ORDER: Record<string, number> = { mar: 0, sep: 1 };
const roundKey = (r: Round): number => r.year * 2 + (r.period ? (PERIOD_ORDER[r.period] ?? 0) : 0);
const earlier = (a: Round, b: Round): Round => (roundKey(b) < roundKey(a) ? b : a);
const later = (a: Round, b: Round): Round => (roundKey(b) > roundKey(a) ? b : a);
const splitSources = (s: string | null): string[] =>
  (s ?? '')
    .split(' | ')
    .map((x) => x.trim())
    .filter(Boolean);

// Rows of one release share its title; rows whose release is unknown are grouped by the round they report.
function releaseKey(row: CitedRow, publisher: string): string {
  return `${publisher}\u0000${row.release_title ?? `${row.year}-${row.period ?? ''}`}`;
}

function addRow(release: Release | undefined, row: CitedRow, publisher: string): Release {
  const round = { year: row.year, period: row.period };
  const official = row.read_in === 'official';
  if (!release) {
    const base = {
      publisher,
      title: row.release_title,
      date: row.release_date,
      url: row.release_url,
      first: round,
      last: round,
    };
    return { ...base, readAt: splitSources(row.source), pressOnly: !official };
  }
  return {
    ...release,
    date: release.date ?? row.release_date,
    url: release.url ?? row.release_url,
    first: earlier(release.first, round),
    last: later(release.last, round),
    readAt: [...new Set([...release.readAt, ...splitSources(row.source)])],
    pressOnly: release.pressOnly && !official,
  };
}

/**
 * The rows' citations grouped by original publisher (a row without one goes under its source, e.g. a
 * user's file), each publisher's releases in time order, so a chart can say "BPS …, March 2015 –
 * September 2025 · 21 releases" in one line and list each release, with where it was read, on demand.
 */
export function groupCitations(rows: readonly CitedRow[]): CitationGroup[] {
  const releases = new Map<string, Release>();
  for (const row of rows) {
    const publisher = row.publisher?.trim() || row.source?.trim() || '';
    if (!publisher) continue;
    const key = releaseKey(row, publisher);
    releases.set(key, addRow(releases.get(key), row, publisher));
  }
  const groups = new Map<string, Release[]>();
  for (const r of releases.values()) groups.set(r.publisher, [...(groups.get(r.publisher) ?? []), r]);
  return [...groups].map(([publisher, list]) => {
    const sorted = [...list].sort((a, b) => roundKey(a.first) - roundKey(b.first));
    return {
      publisher,
      releases: sorted,
      first: sorted.map((r) => r.first).reduce(earlier),
      last: sorted.map((r) => r.last).reduce(later),
      pressOnly: sorted.filter((r) => r.pressOnly).length,
    };
  });
}
