import { describe, expect, it } from 'vitest';
import { layoutTiles, type TilePoint } from '../../../src/domain/tile-layout.ts';

// approx_lat / approx_lon of the ten districts in datasets/areas.csv.
const KALTIM: TilePoint[] = [
  ['6401', -1.8, 116],
  ['6402', -0.6, 115.6],
  ['6403', -0.4, 116.9],
  ['6404', 1, 117.3],
  ['6405', 2, 117.3],
  ['6409', -1.2, 116.6],
  ['6411', 0.8, 114.8],
  ['6471', -1.2, 116.9],
  ['6472', -0.5, 117.15],
  ['6474', 0.13, 117.5],
].map(([code, lat, lon]) => ({ code: String(code), lat: Number(lat), lon: Number(lon) }));

const SHORT: Record<string, string> = {
  '6401': 'Pas',
  '6402': 'Kub',
  '6403': 'Kuk',
  '6404': 'Kut',
  '6405': 'Ber',
  '6409': 'PPU',
  '6411': 'Mhu',
  '6471': 'Bpn',
  '6472': 'Smd',
  '6474': 'Bon',
};

/** The grid as rows of text, '.' for an empty cell. */
function draw(points: TilePoint[], cell?: number): string[] {
  const layout = layoutTiles(points, cell);
  const grid = Array.from({ length: layout.rows }, () => Array<string>(layout.cols).fill('.'));
  for (const t of layout.tiles) grid[t.row]![t.col] = SHORT[t.code] ?? t.code;
  return grid.map((row) => row.join(' '));
}

describe('layoutTiles', () => {
  it('places the ten Kaltim districts on a 4 x 6 grid', () => {
    expect(draw(KALTIM)).toEqual([
      '. . . Ber',
      'Mhu . . Kut',
      '. . . Bon',
      '. Kub Kuk Smd',
      '. . PPU Bpn',
      '. . Pas .',
    ]);
  });

  it('gives every area its own cell at any cell size', () => {
    for (const cell of [0.2, 0.5, 0.8, 1.5, 5]) {
      const cells = layoutTiles(KALTIM, cell).tiles.map((t) => `${t.col},${t.row}`);
      expect(new Set(cells).size).toBe(KALTIM.length);
    }
  });

  it('does not depend on the input order, and keeps it in the output', () => {
    const reversed = [...KALTIM].reverse();
    const byCode = (l: ReturnType<typeof layoutTiles>) =>
      Object.fromEntries(l.tiles.map((t) => [t.code, [t.col, t.row]]));
    expect(byCode(layoutTiles(reversed))).toEqual(byCode(layoutTiles(KALTIM)));
    expect(layoutTiles(reversed).tiles.map((t) => t.code)).toEqual(reversed.map((p) => p.code));
  });

  it.each<[string, TilePoint[], string[]]>([
    ['one area', [{ code: 'a', lat: 0, lon: 0 }], ['a']],
    [
      'two apart',
      [
        { code: 'a', lat: 0, lon: 0 },
        { code: 'b', lat: 0, lon: 2.4 },
      ],
      ['a . . b'],
    ],
    // b is nearer the shared cell's centre, so it keeps it; a moves to the nearest free cell (west of it).
    [
      'a collision moves the farther one',
      [
        { code: 'a', lat: 0, lon: 0 },
        { code: 'b', lat: 0, lon: 0.3 },
      ],
      ['a b'],
    ],
    // Equal offsets: the lower code keeps the cell; of the equally near free cells the northern one wins.
    [
      'a tie is broken by code, then north, then west',
      [
        { code: 'b', lat: 0, lon: 0 },
        { code: 'a', lat: 0, lon: 0 },
      ],
      ['b', 'a'],
    ],
    // The first to move goes north, the second west (equally near cells, north before west).
    ['three in one cell', [0, 1, 2].map((i) => ({ code: `c${i}`, lat: 0, lon: 0 })), ['. c1', 'c2 c0']],
  ])('%s', (_name, points, expected) => {
    expect(draw(points, 0.8)).toEqual(expected);
  });

  it('returns an empty grid for no areas', () => {
    expect(layoutTiles([])).toEqual({ tiles: [], cols: 0, rows: 0 });
  });

  it.each([0, -1, Number.NaN])('refuses a cell size of %s', (cell) => {
    expect(() => layoutTiles(KALTIM, cell)).toThrow(RangeError);
  });

  it('refuses duplicate codes', () => {
    expect(() => layoutTiles([KALTIM[0]!, KALTIM[0]!])).toThrow(/unique/);
  });
});
