import { lazy } from './lazy.ts';
import { readBoundaries, type BoundaryFeature } from './read-boundaries.ts';
import { datasetUrl } from './site-url.ts';

/** The bundled boundary levels: the ten kabupaten/kota, or their 105 kecamatan. */
export type BoundaryLevel = 'kab' | 'kec';

/** The bundled boundary files, relative to `datasets/` of the site (see datasets/boundaries/README.md). */
export const BUNDLED_BOUNDARY_FILES: Readonly<Record<BoundaryLevel, string>> = {
  kab: 'boundaries/kaltim_kab.geojson',
  kec: 'boundaries/kaltim_kec.geojson',
};

async function fetchLevel(level: BoundaryLevel): Promise<BoundaryFeature[]> {
  const file = BUNDLED_BOUNDARY_FILES[level];
  const response = await fetch(datasetUrl(file));
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status} ${response.statusText}`);
  return readBoundaries(await response.text(), file).collection.features;
}

// Each level is fetched once per page, and only when first asked for (the kecamatan file never, unless a view needs it).
const loaders: Record<BoundaryLevel, () => Promise<BoundaryFeature[]>> = {
  kab: lazy(() => fetchLevel('kab')),
  kec: lazy(() => fetchLevel('kec')),
};

/**
 * The bundled Kaltim outlines of a level (cahyadsn/wilayah_boundaries, MIT), parsed and rewound for
 * d3-geo, with their `kode_kemendagri` and `nama` properties; match them to areas with
 * `domain/match-features.ts` and draw them with `charts/GeoMap.svelte`.
 */
export function loadBundledBoundaries(level: BoundaryLevel): Promise<BoundaryFeature[]> {
  return loaders[level]();
}
