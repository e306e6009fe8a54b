/** An area's approximate centre, for schematic placement only. */
export interface TilePoint {
  code: string;
  lat: number;
  lon: number;
}

/** An area's cell in the grid: column from the west, row from the north, both from 0. */
export interface TilePlacement {
  code: string;
  col: number;
  row: number;
}

/** The grid: one cell per area, no two in the same cell, and its size in cells. */
export interface TileLayout {
  tiles: TilePlacement[];
  cols: number;
  rows: number;
}

interface Wanted {
  code: string;
  /** Position in cells, unrounded. */
  x: number;
  y: number;
}

const cellKey = (col: number, row: number) => `${col},${row}`;

/** Every cell within `radius` of (x, y), nearest first; ties go north, then west, so the result is stable. */
function cellsNear(x: number, y: number, radius: number): [number, number][] {
  const cells: [number, number, number][] = [];
  const c0 = Math.round(x);
  const r0 = Math.round(y);
  for (let row = r0 - radius; row <= r0 + radius; row++) {
    for (let col = c0 - radius; col <= c0 + radius; col++) cells.push([col, row, (col - x) ** 2 + (row - y) ** 2]);
  }
  cells.sort((a, b) => a[2] - b[2] || a[1] - b[1] || a[0] - b[0]);
  return cells.map(([col, row]) => [col, row]);
}

/** Areas closest to their own cell's centre claim it first; ties by code. */
function placementOrder(wanted: Wanted[]): Wanted[] {
  const offset = (w: Wanted) => (w.x - Math.round(w.x)) ** 2 + (w.y - Math.round(w.y)) ** 2;
  return [...wanted].sort((a, b) => offset(a) - offset(b) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** Shifts the cells so the grid starts at column 0, row 0. */
function toOrigin(tiles: TilePlacement[]): TileLayout {
  if (tiles.length === 0) return { tiles, cols: 0, rows: 0 };
  const minCol = Math.min(...tiles.map((t) => t.col));
  const minRow = Math.min(...tiles.map((t) => t.row));
  const shifted = tiles.map((t) => ({ code: t.code, col: t.col - minCol, row: t.row - minRow }));
  return {
    tiles: shifted,
    cols: Math.max(...shifted.map((t) => t.col)) + 1,
    rows: Math.max(...shifted.map((t) => t.row)) + 1,
  };
}

/**
 * Places areas on a square grid from their approximate centres: each snaps to the cell of
 * `cellDegrees` it falls in, and an area whose cell is taken gets the nearest free cell. The same
 * points always give the same grid, whatever their order. Tiles come back in the input's order;
 * codes must be unique. The default cell (0.8°) gives Kalimantan Timur's ten districts a 4 × 6 grid.
 */
export function layoutTiles(points: readonly TilePoint[], cellDegrees = 0.8): TileLayout {
  if (!(cellDegrees > 0)) throw new RangeError('cellDegrees must be positive');
  if (new Set(points.map((p) => p.code)).size !== points.length) throw new RangeError('area codes must be unique');
  const west = Math.min(...points.map((p) => p.lon));
  const north = Math.max(...points.map((p) => p.lat));
  const wanted = points.map((p) => ({
    code: p.code,
    x: (p.lon - west) / cellDegrees,
    y: (north - p.lat) / cellDegrees,
  }));
  const taken = new Set<string>();
  const placed = new Map<string, TilePlacement>();
  for (const w of placementOrder(wanted)) {
    // (2r + 1)² cells around any point outnumber the n areas, so a free one is always found.
    const [col, row] = cellsNear(w.x, w.y, Math.ceil(Math.sqrt(points.length)) + 1).find(
      ([c, r]) => !taken.has(cellKey(c, r)),
    ) ?? [0, 0];
    taken.add(cellKey(col, row));
    placed.set(w.code, { code: w.code, col, row });
  }
  return toOrigin(points.map((p) => placed.get(p.code) ?? { code: p.code, col: 0, row: 0 }));
}
