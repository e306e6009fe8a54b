import { correlation, type Correlation } from '../../domain/correlation.ts';
import { programmeApplies } from '../../domain/programme-applies.ts';
import { layoutTiles, type TileLayout } from '../../domain/tile-layout.ts';
import type { AreaPlaceRow } from '../../queries/area-places.ts';
import type { CoverageVsChangeRow } from '../../queries/coverage-vs-change.ts';
import type { DistrictCoverageRow, ProgrammeCoverageRow } from '../../queries/programme-coverage.ts';

/**
 * Where a district's figure comes from: every row behind it sourced (real), every row generated
 * (illustrative), or some of each (mixed, for all programmes together).
 */
export type ValueProvenance = 'sourced' | 'illustrative' | 'mixed';

/** One district's coverage for the chosen programme (or all): people reached per 100 poor people. */
export interface DistrictValue {
  code: string;
  name: string;
  shortName: string;
  /** False where the programme cannot reach the district (BLT Dana Desa in a kota): not zero, not missing. */
  applies: boolean;
  /** Null where there is no figure. */
  provenance: ValueProvenance | null;
  /** The sources of the real rows behind the figure, once each. */
  sources: string[];
  /** People reached per 100 poor people; null where the programme has no rows in the district. */
  per100: number | null;
  peopleReached: number | null;
  poorPeople: number | null;
  poorYear: number | null;
  /** Change in the March poverty rate (points) from the base year to `latestYear`; null without both rates. */
  changePp: number | null;
  latestYear: number | null;
}

/** A district in the scatter: coverage on x, change in the March poverty rate (points) on y. */
export interface ScatterPoint {
  code: string;
  label: string;
  x: number;
  y: number;
  /** Drawn solid only when every row behind x is real. */
  sourced: boolean;
  /** The March year the change runs to (the latest at or before the coverage year). */
  latestYear: number | null;
}

/** What the coverage view draws: values by district, the tile grid, the scatter and its correlation. */
export interface CoverageFigures {
  values: DistrictValue[];
  /** Colour domain: 0 to the highest value (at least 1). */
  max: number;
  layout: TileLayout;
  points: ScatterPoint[];
  /** Districts left out of the scatter, by short name (no base-year rate, or no coverage; not those where the programme does not apply). */
  missing: string[];
  /** Short names of the districts where the chosen programme does not apply. */
  notApplicable: string[];
  correlation: Correlation;
  xDomain: [number, number];
  yDomain: [number, number];
}

/** 'all' for every programme together, else one programme id. */
export type ProgrammeChoice = string;

/** Every district's value for the chosen programme, or for all programmes together. */
export function districtValues(
  places: AreaPlaceRow[],
  rows: ProgrammeCoverageRow[],
  totals: DistrictCoverageRow[],
  change: CoverageVsChangeRow[],
  programme: ProgrammeChoice,
): DistrictValue[] {
  return places.map((p) => {
    const own = rows.filter((r) => r.area_code === p.bps_code && (programme === 'all' || r.programme_id === programme));
    const base = {
      code: p.bps_code,
      name: p.name,
      shortName: p.short_name,
      applies: programmeApplies(programme, p.type),
      provenance: provenanceOf(own),
      sources: [...new Set(own.filter((r) => !r.illustrative).map((r) => r.source))],
      ...fromChange(change.find((c) => c.area_code === p.bps_code)),
    };
    if (programme === 'all') return { ...base, ...fromTotal(totals.find((t) => t.area_code === p.bps_code)) };
    return { ...base, ...fromProgramme(own[0]) };
  });
}

/** Sourced when no row behind a figure is generated, illustrative when all are, mixed otherwise; null without rows. */
export function provenanceOf(rows: readonly Pick<ProgrammeCoverageRow, 'illustrative'>[]): ValueProvenance | null {
  const generated = rows.filter((r) => r.illustrative).length;
  if (rows.length === 0) return null;
  return generated === 0 ? 'sourced' : generated === rows.length ? 'illustrative' : 'mixed';
}

function fromChange(c: CoverageVsChangeRow | undefined) {
  return { changePp: c?.change_pp ?? null, latestYear: c?.change_pp == null ? null : c.latest_year };
}

function fromTotal(t: DistrictCoverageRow | undefined) {
  const per100 = t?.coverage_share == null ? null : t.coverage_share * 100;
  return {
    per100,
    peopleReached: t?.people_reached ?? null,
    poorPeople: t?.poor_people ?? null,
    poorYear: t?.poor_year ?? null,
  };
}

function fromProgramme(r: ProgrammeCoverageRow | undefined) {
  const per100 = r?.coverage_per_1000_poor == null ? null : r.coverage_per_1000_poor / 10;
  return {
    per100,
    peopleReached: r?.people_reached ?? null,
    poorPeople: r?.poor_people ?? null,
    poorYear: r?.poor_year ?? null,
  };
}

/** Scatter points: districts with both a coverage value and a change since the base year. */
export function scatterPoints(values: DistrictValue[]): { points: ScatterPoint[]; missing: string[] } {
  const points: ScatterPoint[] = [];
  const missing: string[] = [];
  for (const v of values) {
    if (v.per100 === null || v.changePp === null) missing.push(v.shortName);
    else
      points.push({
        code: v.code,
        label: v.shortName,
        x: v.per100,
        y: v.changePp,
        latestYear: v.latestYear,
        sourced: v.provenance === 'sourced',
      });
  }
  return { points, missing };
}

/** The coverage view's figures from its query results. */
export function coverageFigures(
  places: AreaPlaceRow[],
  rows: ProgrammeCoverageRow[],
  totals: DistrictCoverageRow[],
  change: CoverageVsChangeRow[],
  programme: ProgrammeChoice,
): CoverageFigures {
  const values = districtValues(places, rows, totals, change, programme);
  const { points, missing } = scatterPoints(values.filter((v) => v.applies));
  const notApplicable = values.filter((v) => !v.applies).map((v) => v.shortName);
  const max = Math.max(1, ...values.map((v) => v.per100 ?? 0));
  const layout = layoutTiles(
    places
      .filter((p) => p.approx_lat !== null && p.approx_lon !== null)
      .map((p) => ({ code: p.bps_code, lat: p.approx_lat!, lon: p.approx_lon! })),
  );
  return {
    values,
    max,
    layout,
    points,
    missing,
    notApplicable,
    correlation: correlation(points.map((p) => [p.x, p.y])),
    xDomain: [0, max * 1.05],
    yDomain: changeDomain(points),
  };
}

// Zero stays in view so a rise and a fall read as such.
function changeDomain(points: ScatterPoint[]): [number, number] {
  const ys = points.map((p) => p.y);
  const lo = Math.min(0, ...ys);
  const hi = Math.max(0, ...ys);
  const pad = Math.max(0.1, (hi - lo) * 0.08);
  return [lo - pad, hi + pad];
}

/** One programme summed over the districts: beneficiaries, people reached, budget, per 100 poor of all districts. */
export interface ProgrammeTotal {
  programmeId: string;
  nameId: string;
  nameEn: string;
  unit: ProgrammeCoverageRow['unit'];
  districts: number;
  beneficiaries: number;
  peopleReached: number;
  /** Null when any district's budget is missing: a partial sum would mislead. */
  budgetRp: number | null;
  per100: number | null;
  provenance: ValueProvenance;
}

/** Each programme's totals over the districts, against the poor of every district (the latest count each has). */
export function programmeTotals(rows: ProgrammeCoverageRow[], values: DistrictValue[]): ProgrammeTotal[] {
  const poor = values.reduce((sum, v) => sum + (v.poorPeople ?? 0), 0);
  const byId = new Map<string, ProgrammeCoverageRow[]>();
  for (const r of rows) byId.set(r.programme_id, [...(byId.get(r.programme_id) ?? []), r]);
  return [...byId.entries()].map(([id, list]) => {
    const peopleReached = list.reduce((s, r) => s + r.people_reached, 0);
    const budgets = list.map((r) => r.budget_rp);
    return {
      programmeId: id,
      nameId: list[0]!.name_id ?? id,
      nameEn: list[0]!.name_en ?? id,
      unit: list[0]!.unit,
      districts: list.length,
      beneficiaries: list.reduce((s, r) => s + r.beneficiaries, 0),
      peopleReached,
      budgetRp: budgets.some((b) => b === null) ? null : budgets.reduce<number>((s, b) => s + b!, 0),
      per100: poor > 0 ? (peopleReached / poor) * 100 : null,
      provenance: provenanceOf(list)!,
    };
  });
}
