import type { District } from './districts.ts';

/** A real kecamatan (sub-district): its Kemendagri code (`64.02.06`) and name. */
export interface Kecamatan {
  code: string;
  name: string;
}

const KECAMATAN_CODE = /^[0-9]{2}\.[0-9]{2}\.[0-9]{2}$/;

/**
 * The kecamatan of a boundary file (GeoJSON FeatureCollection with `kode_kemendagri` and `nama`
 * properties), sorted by code. Only codes and names are kept; a feature without a valid code or
 * name, or a repeated code, stops the build with the file and the feature's index.
 */
export function kecamatanFromGeoJson(text: string, file: string): Kecamatan[] {
  const features = (JSON.parse(text) as { features?: unknown }).features;
  if (!Array.isArray(features)) throw new Error(`${file}: not a GeoJSON FeatureCollection`);
  const seen = new Set<string>();
  const all = features.map((feature, i) => {
    const k = kecamatanOfFeature(feature, `${file}: feature ${i}`);
    if (seen.has(k.code)) throw new Error(`${file}: feature ${i}: kecamatan ${k.code} appears twice`);
    seen.add(k.code);
    return k;
  });
  return all.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

function kecamatanOfFeature(feature: unknown, where: string): Kecamatan {
  const properties = (feature as { properties?: Record<string, unknown> } | null)?.properties ?? {};
  const code = properties.kode_kemendagri;
  const name = properties.nama;
  if (typeof code !== 'string' || !KECAMATAN_CODE.test(code))
    throw new Error(`${where}: kode_kemendagri ${JSON.stringify(code)} is not a kecamatan code like 64.02.06`);
  if (typeof name !== 'string' || name.trim() === '') throw new Error(`${where}: kecamatan ${code} has no nama`);
  return { code, name: name.trim() };
}

/**
 * A district's kecamatan, found by its Kemendagri code from the `areas` crosswalk (Kutai Kartanegara,
 * BPS 6403, is 64.02: never the BPS code's last digits). A district with none stops the build.
 */
export function kecamatanOf(district: District, all: readonly Kecamatan[]): Kecamatan[] {
  const found = all.filter((k) => k.code.startsWith(`${district.kemendagriCode}.`));
  if (found.length === 0)
    throw new Error(
      `no kecamatan with a code under ${district.kemendagriCode} (district ${district.code}) in the boundary file`,
    );
  return found;
}
