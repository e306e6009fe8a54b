import { nice } from 'd3';
import type { XSpan, XY } from '../../charts/chart-types.ts';
import type { OverlapByDistrictRow, OverlapByMonthRow } from '../../queries/overlap-summary.ts';
import type { DesilDistributionRow } from '../../queries/targeting.ts';

/** A bar on a named row: its length in data units and the key it stands for. */
export interface NamedBar {
  y: string;
  x: number;
  key: string;
}

/** The by-district chart: districts by share of households flagged (percent), highest first. */
export interface DistrictBars {
  districts: OverlapByDistrictRow[];
  names: string[];
  bars: NamedBar[];
  xDomain: [number, number];
}

/** The by-month chart: one row per month, a dot for each check's findings. */
export interface MonthDots {
  months: string[];
  sameKind: XY[];
  rule: XY[];
  /** A faint line from 0 to the larger count of each month, so a dot reads against its row. */
  guides: XSpan[];
  xDomain: [number, number];
}

/** The desil chart: households per desil 1-10, the target band (1-4) apart from the rest. */
export interface DesilBars {
  names: string[];
  target: NamedBar[];
  leakage: NamedBar[];
  xDomain: [number, number];
}

// A round upper end a little above the largest value, so the longest bar and its label fit.
const upper = (values: number[], floor: number): number => nice(0, Math.max(floor, ...values) * 1.08, 5)[1];

/** Districts sorted by share flagged (ties by name), shares as percent, rows named by `label` (the full name by default). */
export function districtBars(
  rows: OverlapByDistrictRow[],
  label: (row: OverlapByDistrictRow) => string = (r) => r.name,
): DistrictBars {
  const districts = [...rows].sort((a, b) => b.share_flagged - a.share_flagged || a.name.localeCompare(b.name));
  const bars = districts.map((r) => ({ y: label(r), x: r.share_flagged * 100, key: r.area_code }));
  return {
    districts,
    names: bars.map((b) => b.y),
    bars,
    xDomain: [
      0,
      upper(
        bars.map((b) => b.x),
        1,
      ),
    ],
  };
}

/** Findings per month for each check, months in order (as the query gives them). */
export function monthDots(rows: OverlapByMonthRow[]): MonthDots {
  return {
    months: rows.map((r) => r.month),
    sameKind: rows.map((r) => ({ y: r.month, x: r.same_kind_findings })),
    rule: rows.map((r) => ({ y: r.month, x: r.rule_findings })),
    guides: rows.map((r) => ({ y: r.month, x1: 0, x2: Math.max(r.same_kind_findings, r.rule_findings) })),
    xDomain: [
      0,
      upper(
        rows.flatMap((r) => [r.same_kind_findings, r.rule_findings]),
        4,
      ),
    ],
  };
}

/** The desil of the target group: desil 1-4 (the poorest 40%); 5-10 is leakage. */
export const TARGET_DESIL_MAX = 4;

/** Households per desil as bars named "Desil n", split into target (1-4) and leakage (5-10). */
export function desilBars(rows: DesilDistributionRow[]): DesilBars {
  const bars = rows.map((r) => ({ y: `Desil ${r.desil}`, x: r.households, key: String(r.desil), desil: r.desil }));
  const strip = ({ desil: _d, ...bar }: NamedBar & { desil: number }): NamedBar => bar;
  return {
    names: bars.map((b) => b.y),
    target: bars.filter((b) => b.desil <= TARGET_DESIL_MAX).map(strip),
    leakage: bars.filter((b) => b.desil > TARGET_DESIL_MAX).map(strip),
    xDomain: [
      0,
      upper(
        bars.map((b) => b.x),
        4,
      ),
    ],
  };
}

/** The months with findings, and the month(s) with the most (several when tied; none when nothing was found). */
export interface MonthPeak {
  active: number;
  peak: string[];
  findings: number;
}

/** How many months had findings, and which month(s) had the most. */
export function monthPeak(rows: OverlapByMonthRow[]): MonthPeak {
  const findings = Math.max(0, ...rows.map((r) => r.findings));
  const peak = findings > 0 ? rows.filter((r) => r.findings === findings).map((r) => r.month) : [];
  return { active: rows.filter((r) => r.findings > 0).length, peak, findings };
}

/** The district(s) with the highest share flagged, as the chart ranks them (none when no household is flagged). */
export function topDistricts(rows: OverlapByDistrictRow[]): OverlapByDistrictRow[] {
  const [first] = districtBars(rows).districts;
  if (!first || first.households_flagged === 0) return [];
  return rows.filter((r) => r.share_flagged === first.share_flagged).sort((a, b) => a.name.localeCompare(b.name));
}

/** Recipient households in the target desil (1-4), outside it (5-10), and in all. */
export interface DesilSplit {
  target: number;
  leakage: number;
  total: number;
}

/** Households in and outside the target desil, as the desil chart colours them. */
export function desilSplit(rows: DesilDistributionRow[]): DesilSplit {
  const sum = (keep: (desil: number) => boolean) =>
    rows.filter((r) => keep(r.desil)).reduce((s, r) => s + r.households, 0);
  const target = sum((d) => d <= TARGET_DESIL_MAX);
  const leakage = sum((d) => d > TARGET_DESIL_MAX);
  return { target, leakage, total: target + leakage };
}
