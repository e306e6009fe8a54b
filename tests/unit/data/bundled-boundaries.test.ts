import fs from 'node:fs';
import { geoArea } from 'd3';
import { describe, expect, it } from 'vitest';
import { BUNDLED_BOUNDARY_FILES } from '../../../src/data/bundled-boundaries.ts';
import { readBoundaries } from '../../../src/data/read-boundaries.ts';
import { matchFeatures } from '../../../src/domain/match-features.ts';
import { areaPlacesSql, type AreaPlaceRow } from '../../../src/queries/area-places.ts';
import { datasetFiles } from '../../../scripts/vite-plugin-datasets.ts';
import { BUNDLED, openEngineWith, sharedEngine } from '../helpers/engine.ts';

const read = (level: 'kab' | 'kec') =>
  readBoundaries(fs.readFileSync(`datasets/${BUNDLED_BOUNDARY_FILES[level]}`, 'utf8'), BUNDLED_BOUNDARY_FILES[level]);

describe('the bundled boundaries', () => {
  const conn = sharedEngine(() => openEngineWith(BUNDLED));

  it('are shipped with the site, with their licence, and the facts are not', () => {
    const files = datasetFiles('datasets');
    expect(files).toEqual(
      expect.arrayContaining([
        'boundaries/kaltim_kab.geojson',
        'boundaries/kaltim_kec.geojson',
        'boundaries/LICENSE-wilayah_boundaries.txt',
        'boundaries/README.md',
      ]),
    );
    expect(files.some((f) => f.startsWith('facts'))).toBe(false);
  });

  it('kabupaten: ten polygons, rewound (each far smaller than a hemisphere), every one matched to its district by Kemendagri code', async () => {
    const { collection, ignored } = read('kab');
    expect([collection.features.length, ignored]).toEqual([10, 0]);
    for (const f of collection.features) expect(geoArea(f)).toBeLessThan(0.01);
    const areas = await conn.query<AreaPlaceRow>(areaPlacesSql());
    const report = matchFeatures(
      collection.features.map((f) => f.properties),
      areas,
    );
    expect(report.unmatched).toEqual([]);
    expect(report.missingAreas).toEqual([]);
    expect(new Set(report.features.map((m) => m.by))).toEqual(new Set(['kemendagri-code']));
    // Kemendagri 64.02 is BPS 6403 (Kutai Kartanegara), not 6402.
    const kukar = collection.features.findIndex((f) => f.properties.kode_kemendagri === '64.02');
    expect(report.features[kukar]?.areaCode).toBe('6403');
  });

  it('kecamatan: 105 polygons with dotted Kemendagri codes under the ten districts', () => {
    const { collection } = read('kec');
    expect(collection.features).toHaveLength(105);
    expect(collection.features.every((f) => /^64\.\d{2}\.\d{2}$/.test(String(f.properties.kode_kemendagri)))).toBe(
      true,
    );
    for (const f of collection.features) expect(geoArea(f)).toBeLessThan(0.01);
  });
});
