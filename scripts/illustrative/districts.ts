import type { DataRow } from '../datasets/cell.ts';
import type { BuiltTables } from '../datasets/fact-mappings.ts';
import { COVERAGE_YEARS } from './settings.ts';

/** A district (kabupaten or kota) as the generators need it: codes and its number of poor people by year. */
export interface District {
  code: string;
  kemendagriCode: string;
  kota: boolean;
  /** Poor people (BPS, March) for each coverage year; see `poorInYear` for years BPS did not publish. */
  poor: ReadonlyMap<number, number>;
}

interface MarchPoint {
  year: number;
  rate: number;
  poorThousands: number | null;
}

/** The ten districts, in BPS code order, from the built areas and poverty rows. */
export function districtsFrom(built: BuiltTables): District[] {
  const areas = built.get('areas');
  const poverty = built.get('poverty');
  if (!areas || !poverty) throw new Error('the illustrative datasets need areas and poverty built first');
  return areas.filter((a) => a.type !== 'provinsi').map((a) => district(a, marchPoints(poverty, String(a.bps_code))));
}

function district(area: DataRow, points: MarchPoint[]): District {
  const poor = new Map(COVERAGE_YEARS.map((y) => [y, poorInYear(points, y)]));
  return {
    code: String(area.bps_code),
    kemendagriCode: String(area.kemendagri_code),
    kota: area.type === 'kota',
    poor,
  };
}

function marchPoints(poverty: readonly DataRow[], code: string): MarchPoint[] {
  return poverty
    .filter((p) => p.area_code === code && p.period === 'mar')
    .map((p) => ({
      year: Number(p.year),
      rate: Number(p.rate_pct),
      poorThousands: p.poor_thousands === null ? null : Number(p.poor_thousands),
    }))
    .sort((a, b) => a.year - b.year);
}

/**
 * Poor people in a year: the latest March figure at or before it (so 2026 uses 2025). Where BPS gave
 * only a rate, the count is rate × (poor ÷ rate) of the nearest year that has both, i.e. the rate
 * applied to the survey population behind it, not to the population projection (see datasets/README.md).
 */
function poorInYear(points: readonly MarchPoint[], year: number): number {
  const point = points.filter((p) => p.year <= year).at(-1);
  if (!point) throw new Error(`no March poverty figure at or before ${year}`);
  if (point.poorThousands !== null) return Math.round(point.poorThousands * 1000);
  const base = nearestWithCount(points, point.year);
  return Math.round(((point.rate * base.poorThousands!) / base.rate) * 1000);
}

function nearestWithCount(points: readonly MarchPoint[], year: number): MarchPoint {
  const withCount = points.filter((p) => p.poorThousands !== null);
  const distance = (p: MarchPoint) => Math.abs(p.year - year) - (p.year > year ? 0.5 : 0); // ties go to the later year
  const best = [...withCount].sort((a, b) => distance(a) - distance(b))[0];
  if (!best) throw new Error(`no poor-people count to scale the ${year} rate with`);
  return best;
}
