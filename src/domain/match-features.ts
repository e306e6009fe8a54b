import { normaliseAreaName } from './area-name.ts';

/** An area as the matcher sees it: its code in both systems and its names. `bps_code` is the app's key. */
export interface AreaRef {
  bps_code: string;
  kemendagri_code: string;
  name: string;
  short_name: string;
}

/** How a feature was tied to an area. */
export type MatchBy = 'bps-code' | 'kemendagri-code' | 'name';

/** One feature's outcome: the area's BPS code (null when unmatched), how, and what the feature calls itself. */
export interface FeatureMatch {
  index: number;
  areaCode: string | null;
  by: MatchBy | null;
  label: string;
}

/**
 * Why a feature has no area: a 4-digit code under a property name that does not say BPS or Kemendagri
 * and no name to decide by; a code or name that no area has; nothing to go by.
 */
export type UnmatchedReason = 'ambiguous-code' | 'unknown-code' | 'unknown-name' | 'no-code-or-name';

/** A feature left without an area. */
export interface UnmatchedFeature {
  index: number;
  label: string;
  reason: UnmatchedReason;
}

/** A feature whose properties point at two areas; the first (a code wins over a name) was used. */
export interface MatchConflict {
  index: number;
  label: string;
  areaCode: string;
  by: MatchBy;
  otherAreaCode: string;
  otherBy: MatchBy;
}

/** Everything a planner needs to check a boundary file against the area list. */
export interface FeatureMatchReport {
  features: FeatureMatch[];
  unmatched: UnmatchedFeature[];
  /** BPS codes of areas no feature matched, in the order of the area list. */
  missingAreas: string[];
  conflicts: MatchConflict[];
  /** Areas matched by more than one feature. */
  duplicates: { areaCode: string; indexes: number[] }[];
}

type Properties = Readonly<Record<string, unknown>> | null | undefined;
type Hit = { areaCode: string; by: MatchBy };
type CodeSystem = 'bps' | 'kemendagri' | 'unknown';

const DOTTED = /^\d{2}\.\d{2}$/;
const FOUR_DIGITS = /^\d{4}$/;
// District-level name properties in common Indonesian files (BIG RBI, GADM, OCHA, BPS), best first.
const NAME_KEYS = [
  'wadmkk',
  'name2',
  'namobj',
  'kabupaten',
  'kabkota',
  'kabkot',
  'namakab',
  'namakabupaten',
  'nmkab',
  'regency',
  'district',
  'adm2en',
  'adm2name',
  'nama',
  'name',
];
const NAME_LIKE = /nam|^nm|wadmkk|kab|kota|regency|district|adm2/;
// Province, sub-district and village names would match the wrong level.
const OTHER_LEVEL = /name[013]|adm[013]|wadmpr|wadmkc|wadmkd|prov|propinsi|country|negara|kec|desa|kel/;

const keyOf = (key: string): string => key.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Which code system a property's name declares; null when the name is not a code's. */
function codeSystemOf(key: string): CodeSystem | null {
  const k = keyOf(key);
  if (k.includes('bps')) return 'bps';
  if (/kemendagri|mendagri|kdpkab|kdkab|kodekab/.test(k)) return 'kemendagri';
  if (/code|kode|^kd|^id/.test(k)) return 'unknown';
  return null;
}

/** A property value as code text; numbers under a code-like name keep two decimals (64.1 is 64.10). */
function codeText(value: unknown, system: CodeSystem | null): string | null {
  if (typeof value === 'string') return value.trim();
  if (typeof value !== 'number' || !Number.isFinite(value) || system === null) return null;
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}

/** The codes a feature's properties state, BPS first, and whether an undeclared 4-digit code was seen. */
function statedCodes(props: Properties): {
  codes: { system: 'bps' | 'kemendagri'; code: string }[];
  ambiguous: boolean;
  first: string | null;
} {
  const codes: { system: 'bps' | 'kemendagri'; code: string }[] = [];
  let ambiguous = false;
  let first: string | null = null;
  for (const [key, value] of Object.entries(props ?? {})) {
    const system = codeSystemOf(key);
    const text = codeText(value, system);
    if (text === null) continue;
    if (DOTTED.test(text)) codes.push({ system: 'kemendagri', code: text });
    else if (!FOUR_DIGITS.test(text) || system === null) continue;
    else if (system === 'bps') codes.push({ system, code: text });
    else if (system === 'kemendagri') codes.push({ system, code: `${text.slice(0, 2)}.${text.slice(2)}` });
    else ambiguous = true;
    first ??= text;
  }
  codes.sort((a, b) => (a.system === b.system ? 0 : a.system === 'bps' ? -1 : 1));
  return { codes, ambiguous, first };
}

/** The district-level name values of a feature, best property first. */
function statedNames(props: Properties): string[] {
  const rank = (key: string) => {
    const i = NAME_KEYS.indexOf(keyOf(key));
    return i < 0 ? NAME_KEYS.length : i;
  };
  return Object.entries(props ?? {})
    .filter(([key, value]) => typeof value === 'string' && value.trim() !== '' && codeSystemOf(key) === null)
    .filter(([key]) => NAME_LIKE.test(keyOf(key)) && !OTHER_LEVEL.test(keyOf(key)))
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([, value]) => String(value).trim());
}

/** Normalised name or short name -> BPS code; a key two areas share maps to null (it decides nothing). */
function nameIndex(areas: readonly AreaRef[]): Map<string, string | null> {
  const index = new Map<string, string | null>();
  for (const area of areas) {
    for (const key of new Set([normaliseAreaName(area.name), normaliseAreaName(area.short_name)])) {
      const seen = index.get(key);
      index.set(key, seen === undefined || seen === area.bps_code ? area.bps_code : null);
    }
  }
  return index;
}

interface Lookup {
  bps: Map<string, string>;
  kemendagri: Map<string, string>;
  names: Map<string, string | null>;
}

function lookupOf(areas: readonly AreaRef[]): Lookup {
  return {
    bps: new Map(areas.map((a) => [a.bps_code, a.bps_code])),
    kemendagri: new Map(areas.map((a) => [a.kemendagri_code, a.bps_code])),
    names: nameIndex(areas),
  };
}

/** Matches one feature: every area its codes and names point at, the first being the one used. */
function hitsOf(
  props: Properties,
  lookup: Lookup,
): { hits: Hit[]; names: string[]; stated: ReturnType<typeof statedCodes> } {
  const stated = statedCodes(props);
  const names = statedNames(props);
  const hits: Hit[] = [];
  for (const { system, code } of stated.codes) {
    const areaCode = lookup[system].get(code);
    if (areaCode) hits.push({ areaCode, by: system === 'bps' ? 'bps-code' : 'kemendagri-code' });
  }
  const named = names.map((n) => lookup.names.get(normaliseAreaName(n))).find((code) => code);
  if (named) hits.push({ areaCode: named, by: 'name' });
  return { hits, names, stated };
}

function unmatchedReason(stated: ReturnType<typeof statedCodes>, names: string[]): UnmatchedReason {
  if (stated.codes.length > 0) return 'unknown-code';
  if (names.length > 0) return 'unknown-name';
  return stated.ambiguous ? 'ambiguous-code' : 'no-code-or-name';
}

function duplicatesOf(features: FeatureMatch[]): { areaCode: string; indexes: number[] }[] {
  const byArea = new Map<string, number[]>();
  for (const f of features) if (f.areaCode) byArea.set(f.areaCode, [...(byArea.get(f.areaCode) ?? []), f.index]);
  return [...byArea].filter(([, indexes]) => indexes.length > 1).map(([areaCode, indexes]) => ({ areaCode, indexes }));
}

/**
 * Ties boundary features (their `properties`) to areas: by a code whose property name says its system
 * (a dotted "64.02" is Kemendagri whatever the name), else by a normalised district name. An undotted
 * 4-digit code under a name like "kode" could be either system, so it only counts through the name.
 */
export function matchFeatures(properties: readonly Properties[], areas: readonly AreaRef[]): FeatureMatchReport {
  const lookup = lookupOf(areas);
  const features: FeatureMatch[] = [];
  const unmatched: UnmatchedFeature[] = [];
  const conflicts: MatchConflict[] = [];
  properties.forEach((props, index) => {
    const { hits, names, stated } = hitsOf(props, lookup);
    const label = names[0] ?? stated.first ?? `#${index + 1}`;
    const [used] = hits;
    features.push({ index, areaCode: used?.areaCode ?? null, by: used?.by ?? null, label });
    if (!used) unmatched.push({ index, label, reason: unmatchedReason(stated, names) });
    const other = hits.find((h) => used && h.areaCode !== used.areaCode);
    if (used && other)
      conflicts.push({
        index,
        label,
        areaCode: used.areaCode,
        by: used.by,
        otherAreaCode: other.areaCode,
        otherBy: other.by,
      });
  });
  const matched = new Set(features.map((f) => f.areaCode));
  const missingAreas = areas.map((a) => a.bps_code).filter((code) => !matched.has(code));
  return { features, unmatched, missingAreas, conflicts, duplicates: duplicatesOf(features) };
}
