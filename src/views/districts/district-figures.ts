import type { DistrictChangeRow } from '../../queries/district-change.ts';
import type { XSpan, XY } from '../../charts/chart-types.ts';

/** What the districts view draws: one row per district, base and latest dots, and the province line. */
export interface DistrictFigures {
  districts: DistrictChangeRow[];
  province: DistrictChangeRow | null;
  names: string[];
  base: XY[];
  latest: XY[];
  spans: XSpan[];
  xDomain: [number, number];
}

/** The districts figures from the change rows (already sorted by latest rate, highest first). */
export function districtFigures(rows: DistrictChangeRow[]): DistrictFigures {
  const districts = rows.filter((r) => r.type !== 'provinsi');
  const withBase = districts.filter((r) => r.base_rate !== null);
  const values = districts.flatMap((r) => [r.latest_rate, r.base_rate ?? 0]);
  return {
    districts,
    province: rows.find((r) => r.type === 'provinsi') ?? null,
    names: districts.map((r) => r.name),
    base: withBase.map((r) => ({ x: r.base_rate!, y: r.name })),
    latest: districts.map((r) => ({ x: r.latest_rate, y: r.name })),
    spans: withBase.map((r) => ({ y: r.name, x1: r.base_rate!, x2: r.latest_rate })),
    xDomain: [0, Math.ceil(Math.max(1, ...values) + 1)],
  };
}

/** The same figures with each district's short name (Mahulu, PPU) naming its row, for a narrow screen. */
export function withShortNames(f: DistrictFigures): DistrictFigures {
  const short = new Map(f.districts.map((r) => [r.name, r.short_name]));
  const rename = <P extends { y: number | string }>(p: P): P => ({ ...p, y: short.get(String(p.y)) ?? p.y });
  return {
    ...f,
    names: f.names.map((n) => short.get(n) ?? n),
    base: f.base.map(rename),
    latest: f.latest.map(rename),
    spans: f.spans.map(rename),
  };
}
