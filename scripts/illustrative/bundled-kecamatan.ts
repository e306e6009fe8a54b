import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { kecamatanFromGeoJson } from './kecamatan.ts';
import type { Kecamatan } from './kecamatan.ts';

/** The bundled kecamatan boundaries of Kaltim (real, MIT; see datasets/boundaries/README.md). */
export const KECAMATAN_FILE = fileURLToPath(new URL('../../datasets/boundaries/kaltim_kec.geojson', import.meta.url));

/** The 105 real kecamatan of Kaltim, codes and names only, read from the bundled GeoJSON at build time. */
export function bundledKecamatan(): Kecamatan[] {
  return kecamatanFromGeoJson(fs.readFileSync(KECAMATAN_FILE, 'utf8'), 'datasets/boundaries/kaltim_kec.geojson');
}
