import { readFileSync } from 'node:fs';
import { geoArea, geoBounds, geoMercator, geoPath } from 'd3';
import { describe, expect, it } from 'vitest';
import {
  BoundaryError,
  MAX_BOUNDARY_BYTES,
  readBoundaries,
  type BoundaryErrorReason,
  type BoundaryFeature,
} from '../../../src/data/read-boundaries.ts';
import { matchFeatures, type AreaRef } from '../../../src/domain/match-features.ts';

const fixture = (name: string) => readFileSync(`tests/fixtures/${name}`, 'utf8');
const GEOJSON = fixture('kaltim-boundaries.geojson');
const TOPOJSON = fixture('kaltim-boundaries.topojson');

// The ten district rows of the app's own area list.
const AREAS: AreaRef[] = readFileSync('datasets/areas.csv', 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(','))
  .filter(([bps]) => bps!.length === 4)
  .map(([bps_code, kemendagri_code, name, short_name]) => ({
    bps_code: bps_code!,
    kemendagri_code: kemendagri_code!,
    name: name!,
    short_name: short_name!,
  }));

const square = (x0: number, y0: number, size: number, clockwise: boolean): number[][] => {
  const ring = [
    [x0, y0],
    [x0 + size, y0],
    [x0 + size, y0 + size],
    [x0, y0 + size],
    [x0, y0],
  ];
  return clockwise ? ring.reverse() : ring;
};
const collection = (...geometries: unknown[]) =>
  JSON.stringify({
    type: 'FeatureCollection',
    features: geometries.map((geometry, i) => ({ type: 'Feature', properties: { name: `f${i}` }, geometry })),
  });

/** The error a read throws, for checking its reason and message. */
function failure(text: string, file = 'batas.geojson'): BoundaryError {
  try {
    readBoundaries(text, file);
  } catch (e) {
    if (e instanceof BoundaryError) return e;
    throw e;
  }
  throw new Error('expected a BoundaryError');
}

describe('readBoundaries: the fixtures', () => {
  it.each([
    ['GeoJSON', GEOJSON, 'kaltim-boundaries.geojson'],
    ['TopoJSON (the polygon object, not the points before it)', TOPOJSON, 'kaltim-boundaries.topojson'],
  ])('%s gives the ten districts, all matched', (_name, text, file) => {
    const { collection: fc, ignored } = readBoundaries(text, file);
    expect(fc.features).toHaveLength(10);
    expect(ignored).toBe(0);
    const report = matchFeatures(
      fc.features.map((f) => f.properties),
      AREAS,
    );
    expect(report.missingAreas).toEqual([]);
    expect(report.unmatched).toEqual([]);
    expect(report.conflicts).toEqual([]);
    expect(report.features.map((f) => f.by)).toEqual([
      'name',
      'kemendagri-code',
      'kemendagri-code',
      'bps-code',
      'name',
      'name',
      'name',
      'name',
      'name',
      'name',
    ]);
  });

  it('GeoJSON and TopoJSON give the same shapes', () => {
    const geo = readBoundaries(GEOJSON, 'a').collection.features.map((f) => f.geometry);
    const topo = readBoundaries(TOPOJSON, 'b').collection.features.map((f) => f.geometry);
    expect(topo).toEqual(geo);
  });

  it('refuses the broken fixture, naming it', () => {
    const e = failure(fixture('boundaries-broken.geojson'), 'boundaries-broken.geojson');
    expect(e.reason).toBe('invalid-json');
    expect(e.message).toMatch(/^boundaries-broken\.geojson: not valid JSON/);
  });
});

describe('readBoundaries: winding for d3-geo', () => {
  const small = (f: BoundaryFeature) => geoArea(f) < 2 * Math.PI;

  it('rewinds counter-clockwise (RFC 7946) outlines, so none covers the globe', () => {
    const features = readBoundaries(GEOJSON, 'k').collection.features;
    expect(features.every(small)).toBe(true);
    // Kaltim lies within 114-119°E, 3°S-3°N.
    const [[west, south], [east, north]] = geoBounds({ type: 'FeatureCollection', features });
    expect([west, south, east, north].map(Math.round)).toEqual([114, -2, 118, 2]);
  });

  it.each([
    ['counter-clockwise', false],
    ['clockwise', true],
  ])('a %s square comes out the same, and small', (_name, clockwise) => {
    const [f] = readBoundaries(collection({ type: 'Polygon', coordinates: [square(116, -1, 1, clockwise)] }), 'x')
      .collection.features;
    expect(geoArea(f!)).toBeCloseTo((Math.PI / 180) ** 2 * 1, 6);
  });

  it('keeps a hole a hole, whichever way both rings came', () => {
    for (const [outerCw, holeCw] of [
      [false, true],
      [true, false],
      [false, false],
      [true, true],
    ]) {
      const geometry = {
        type: 'Polygon',
        coordinates: [square(116, -1, 1, outerCw!), square(116.25, -0.75, 0.5, holeCw!)],
      };
      const [f] = readBoundaries(collection(geometry), 'x').collection.features;
      // The square less its hole: 1 - 0.25 square degrees.
      expect(geoArea(f!) / (Math.PI / 180) ** 2).toBeCloseTo(0.75, 3);
    }
  });

  it('fits a Mercator projection to the outlines instead of the world', () => {
    const fc = readBoundaries(GEOJSON, 'k').collection;
    const path = geoPath(geoMercator().fitSize([400, 400], fc));
    const [[x0, y0], [x1, y1]] = path.bounds(fc);
    expect(Math.min(x0, y0)).toBeGreaterThanOrEqual(-0.01);
    expect(Math.max(x1, y1)).toBeLessThanOrEqual(400.01);
    // Each outline is a small part of the frame, not the whole of it.
    for (const f of fc.features) expect(path.area(f)).toBeLessThan(400 * 400 * 0.2);
  });
});

describe('readBoundaries: shapes of input', () => {
  const polygon = { type: 'Polygon', coordinates: [square(116, -1, 1, false)] };

  it('reads a single Feature', () => {
    const text = JSON.stringify({
      type: 'Feature',
      id: 7,
      properties: { WADMKK: 'Kota Samarinda' },
      geometry: polygon,
    });
    const [f] = readBoundaries(text, 'x').collection.features;
    expect(f).toMatchObject({ id: 7, properties: { WADMKK: 'Kota Samarinda' }, geometry: { type: 'Polygon' } });
  });

  it('reads a bare geometry, with empty properties', () => {
    expect(readBoundaries(JSON.stringify(polygon), 'x').collection.features[0]?.properties).toEqual({});
  });

  it('keeps polygons, counts the rest as ignored', () => {
    const point = { type: 'Point', coordinates: [116, -1] };
    const multi = { type: 'MultiPolygon', coordinates: [[square(116, -1, 1, false)], [square(118, -1, 1, false)]] };
    const both = { type: 'GeometryCollection', geometries: [point, polygon] };
    const { collection: fc, ignored } = readBoundaries(
      collection(point, polygon, null, multi, both, { type: 'Polygon', coordinates: [] }),
      'x',
    );
    expect(fc.features.map((f) => [f.properties.name, f.geometry.type])).toEqual([
      ['f1', 'Polygon'],
      ['f3', 'MultiPolygon'],
      ['f4', 'MultiPolygon'],
    ]);
    expect(ignored).toBe(3);
  });

  it('null properties become an empty record', () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: null, geometry: polygon }],
    });
    expect(readBoundaries(text, 'x').collection.features[0]?.properties).toEqual({});
  });
});

describe('readBoundaries: refusals name the file and the problem', () => {
  const polygonAt = (x: number, y: number) => ({ type: 'Polygon', coordinates: [square(x, y, 1000, false)] });

  it.each<[string, string, BoundaryErrorReason, RegExp]>([
    ['not JSON', 'kabupaten;kode\nPaser;6401', 'invalid-json', /^batas\.geojson: not valid JSON/],
    ['JSON but not geo', '[1, 2, 3]', 'unknown-format', /neither GeoJSON/],
    ['an unknown type', '{"type": "Map"}', 'unknown-format', /neither GeoJSON/],
    ['no features', '{"type": "FeatureCollection", "features": []}', 'no-features', /batas\.geojson: has no features/],
    [
      'points only',
      collection({ type: 'Point', coordinates: [116, -1] }),
      'no-polygons',
      /none of its 1 features is a polygon/,
    ],
    ['a topology without arcs', '{"type": "Topology", "objects": {}}', 'invalid-topology', /"objects" and "arcs"/],
    ['a topology without objects', '{"type": "Topology", "objects": {}, "arcs": []}', 'no-features', /has no features/],
    [
      'UTM metres',
      collection(polygonAt(500000, 9900000)),
      'projected',
      /feature 1 .*\[500000, 9900000\].*WGS84 longitude\/latitude/,
    ],
    ['Web Mercator metres', collection(polygonAt(12900000, -100000)), 'projected', /looks projected/],
    [
      'latitude and longitude swapped past 90',
      collection({
        type: 'Polygon',
        coordinates: [
          [
            [-1, 116],
            [0, 116],
            [0, 117],
            [-1, 116],
          ],
        ],
      }),
      'projected',
      /looks projected/,
    ],
    [
      'a ring of text',
      collection({
        type: 'Polygon',
        coordinates: [
          [
            ['a', 'b'],
            [1, 2],
            [3, 4],
            ['a', 'b'],
          ],
        ],
      }),
      'invalid-coordinates',
      /feature 1 has a ring/,
    ],
    [
      'a ring too short',
      collection({
        type: 'Polygon',
        coordinates: [
          [
            [1, 2],
            [3, 4],
            [1, 2],
          ],
        ],
      }),
      'invalid-coordinates',
      /at least 4/,
    ],
    [
      'polygon coordinates not nested',
      collection({ type: 'Polygon', coordinates: [116, -1] }),
      'invalid-coordinates',
      /feature 1/,
    ],
  ])('%s', (_name, text, reason, message) => {
    const e = failure(text);
    expect(e.reason).toBe(reason);
    expect(e.file).toBe('batas.geojson');
    expect(e.message).toMatch(message);
  });

  it('refuses a file over 50 MB before parsing it', () => {
    const e = failure(' '.repeat(MAX_BOUNDARY_BYTES + 1));
    expect([e.reason, e.message]).toEqual([
      'too-large',
      'batas.geojson: larger than 50 MB; simplify it first (e.g. mapshaper)',
    ]);
  });
});
