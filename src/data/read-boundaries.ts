import { geoArea } from 'd3';
import { feature as topoFeature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';

/** The largest boundary file read, in bytes (characters of its text). */
export const MAX_BOUNDARY_BYTES = 50 * 1024 * 1024;

/** Why a boundary file was refused; the UI translates by reason, the message is for logs and tests. */
export type BoundaryErrorReason =
  | 'too-large'
  | 'invalid-json'
  | 'unknown-format'
  | 'invalid-topology'
  | 'no-features'
  | 'no-polygons'
  | 'invalid-coordinates'
  | 'projected';

/** A boundary file that cannot be drawn, naming the file and what is wrong with it. */
export class BoundaryError extends Error {
  readonly file: string;
  readonly reason: BoundaryErrorReason;

  constructor(file: string, reason: BoundaryErrorReason, detail: string) {
    super(`${file}: ${detail}`);
    this.name = 'BoundaryError';
    this.file = file;
    this.reason = reason;
  }
}

/** An area outline ready for d3-geo: WGS84 longitude/latitude, rings wound the way d3 expects. */
export type BoundaryFeature = Feature<Polygon | MultiPolygon, Record<string, unknown>>;

/** The polygons of a boundary file, and how many of its features were not polygons (lines, points, empty). */
export interface Boundaries {
  collection: FeatureCollection<Polygon | MultiPolygon, Record<string, unknown>>;
  ignored: number;
}

type AnyFeature = Feature<Geometry | null, Record<string, unknown> | null>;
// The Topology type from topojson-client's own signature (its types package comes in only through it).
type Topology = Parameters<typeof topoFeature>[0];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const GEOMETRY_TYPES = new Set([
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
]);

/** The features of a GeoJSON object: a FeatureCollection's, a Feature, or a bare geometry as one feature. */
function geojsonFeatures(json: Record<string, unknown>, file: string): AnyFeature[] {
  if (json.type === 'FeatureCollection' && Array.isArray(json.features))
    return json.features.filter(isObject) as unknown as AnyFeature[];
  if (json.type === 'Feature') return [json as unknown as AnyFeature];
  if (typeof json.type === 'string' && GEOMETRY_TYPES.has(json.type))
    return [{ type: 'Feature', properties: {}, geometry: json as unknown as Geometry }];
  throw new BoundaryError(
    file,
    'unknown-format',
    'neither GeoJSON (FeatureCollection, Feature, geometry) nor TopoJSON (Topology)',
  );
}

const isPolygonal = (f: AnyFeature) => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon';

/** The features of one TopoJSON object, or none when it cannot be decoded. */
function topologyObjectFeatures(topology: Topology, name: string): AnyFeature[] {
  const decoded = topoFeature(topology, name) as AnyFeature | FeatureCollection<Geometry | null>;
  return decoded.type === 'FeatureCollection' ? (decoded.features as AnyFeature[]) : [decoded];
}

/** The features of the Topology object with the most polygons (the only object, usually). */
function topologyFeatures(json: Record<string, unknown>, file: string): AnyFeature[] {
  if (!isObject(json.objects) || !Array.isArray(json.arcs))
    throw new BoundaryError(file, 'invalid-topology', 'a Topology needs "objects" and "arcs"');
  const topology = json as unknown as Topology;
  let best: AnyFeature[] = [];
  for (const name of Object.keys(json.objects)) {
    let features: AnyFeature[];
    try {
      features = topologyObjectFeatures(topology, name);
    } catch (e) {
      throw new BoundaryError(file, 'invalid-topology', `object "${name}" cannot be decoded (${(e as Error).message})`);
    }
    if (best.length === 0 || features.filter(isPolygonal).length > best.filter(isPolygonal).length) best = features;
  }
  return best;
}

const isEmpty = (coordinates: unknown) => Array.isArray(coordinates) && coordinates.length === 0;

/** The polygons of a feature's geometry as one geometry, or null when it has none. */
function polygonal(geometry: Geometry | null): Polygon | MultiPolygon | null {
  // An empty coordinate list is an empty geometry (RFC 7946 3.1), not a broken one.
  if (geometry?.type === 'Polygon' || geometry?.type === 'MultiPolygon')
    return isEmpty(geometry.coordinates) ? null : geometry;
  if (geometry?.type !== 'GeometryCollection' || !Array.isArray(geometry.geometries)) return null;
  const parts = geometry.geometries.map(polygonal).filter((g) => g !== null);
  const coordinates = parts.flatMap((g) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates));
  return coordinates.length > 0 ? { type: 'MultiPolygon', coordinates } : null;
}

const isPosition = (p: unknown): p is Position =>
  Array.isArray(p) && p.length >= 2 && p.every((n) => typeof n === 'number' && Number.isFinite(n));

/** The rings of a polygonal geometry as found, not trusting the file's nesting. */
function ringsOf(geometry: Polygon | MultiPolygon): unknown[] {
  const polygons: unknown = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return Array.isArray(polygons) ? polygons.flatMap((p: unknown) => (Array.isArray(p) ? p : [p])) : [polygons];
}

/** Checks every ring: closed-ring length, numeric positions, and degrees rather than projected metres. */
function checkRings(rings: unknown[], index: number, file: string): asserts rings is Position[][] {
  for (const ring of rings) {
    if (!Array.isArray(ring) || ring.length < 4 || !ring.every(isPosition)) {
      throw new BoundaryError(
        file,
        'invalid-coordinates',
        `feature ${index + 1} has a ring that is not a list of at least 4 [longitude, latitude] positions`,
      );
    }
    const outside = ring.find(([x, y]: Position) => Math.abs(x!) > 180 || Math.abs(y!) > 90);
    if (outside) {
      throw new BoundaryError(
        file,
        'projected',
        `feature ${index + 1} has the position [${outside.slice(0, 2).join(', ')}], which looks projected; WGS84 longitude/latitude in degrees expected (EPSG:4326)`,
      );
    }
  }
}

const ringArea = (ring: Position[]) => geoArea({ type: 'Polygon', coordinates: [ring] });

/**
 * d3-geo wants exterior rings clockwise and holes counter-clockwise on the sphere; RFC 7946 GeoJSON
 * has the opposite, and a ring the wrong way round encloses the rest of the globe. A ring alone
 * covering more than half the sphere is read as reversed: an outline is never that large.
 */
function rewind(rings: Position[][]): Position[][] {
  return rings.map((ring, i) => (ringArea(ring) > 2 * Math.PI === (i === 0) ? [...ring].reverse() : ring));
}

function rewound(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: rewind(geometry.coordinates) };
  return { type: 'MultiPolygon', coordinates: geometry.coordinates.map(rewind) };
}

/** The parsed file's features, from GeoJSON or TopoJSON. */
function featuresOf(text: string, file: string): AnyFeature[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new BoundaryError(file, 'invalid-json', `not valid JSON (${(e as Error).message})`);
  }
  if (!isObject(json)) throw new BoundaryError(file, 'unknown-format', 'neither GeoJSON nor TopoJSON');
  return json.type === 'Topology' ? topologyFeatures(json, file) : geojsonFeatures(json, file);
}

/**
 * Reads the text of a boundary file (GeoJSON FeatureCollection, Feature or geometry; TopoJSON
 * Topology) into polygon features with WGS84 coordinates, wound for d3-geo. Throws a `BoundaryError`
 * naming the file when it is too large, not JSON, has no features, no polygons, or projected coordinates.
 */
export function readBoundaries(text: string, file: string): Boundaries {
  if (text.length > MAX_BOUNDARY_BYTES)
    throw new BoundaryError(
      file,
      'too-large',
      `larger than ${MAX_BOUNDARY_BYTES / 1024 / 1024} MB; simplify it first (e.g. mapshaper)`,
    );
  const features = featuresOf(text, file);
  if (features.length === 0) throw new BoundaryError(file, 'no-features', 'has no features');
  const kept: BoundaryFeature[] = [];
  features.forEach((f, index) => {
    const geometry = polygonal(f.geometry ?? null);
    if (!geometry) return;
    checkRings(ringsOf(geometry), index, file);
    kept.push({
      type: 'Feature',
      properties: isObject(f.properties) ? f.properties : {},
      geometry: rewound(geometry),
      ...(f.id === undefined ? {} : { id: f.id }),
    });
  });
  if (kept.length === 0)
    throw new BoundaryError(
      file,
      'no-polygons',
      `none of its ${features.length} features is a polygon or multipolygon`,
    );
  return { collection: { type: 'FeatureCollection', features: kept }, ignored: features.length - kept.length };
}
