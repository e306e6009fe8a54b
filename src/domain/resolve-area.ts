import { normaliseAreaName } from './area-name.ts';

/** The keys an area can be named by: BPS code, Kemendagri code, full and short name. */
export interface AreaKeys {
  bps_code: string;
  kemendagri_code: string;
  name: string;
  short_name: string;
}

/** Which code system a file's bare digit codes follow: auto reads 4-digit codes as BPS (Pantau's key). */
export type AreaCodeSystem = 'auto' | 'bps' | 'kemendagri';

interface AreaIndex {
  bps: Map<string, string>;
  kemendagri: Map<string, string>;
  /** Normalised name or short name -> BPS code; null where two areas share the key (it decides nothing). */
  names: Map<string, string | null>;
}

// "64.02" (Kemendagri) and its spreadsheet forms "64,02" (decimal comma) and "64.2" (a number that lost its 0).
const DOTTED = /^(\d{2})[.,](\d{1,2})$/;
// A whole number a spreadsheet wrote as a decimal: "6403.0", "6403,00".
const WHOLE_DECIMAL = /^(\d+)[.,]0+$/;
// A whole number with id-ID thousands dots: "6.403".
const THOUSANDS = /^\d{1,3}(?:\.\d{3})+$/;

// One index per area list: a column of a million rows resolves against the same eleven areas.
const indexes = new WeakMap<readonly AreaKeys[], AreaIndex>();

function buildIndex(areas: readonly AreaKeys[]): AreaIndex {
  const names = new Map<string, string | null>();
  for (const area of areas) {
    for (const key of new Set([normaliseAreaName(area.name), normaliseAreaName(area.short_name)])) {
      const seen = names.get(key);
      names.set(key, seen === undefined || seen === area.bps_code ? area.bps_code : null);
    }
  }
  return {
    bps: new Map(areas.map((a) => [a.bps_code, a.bps_code])),
    kemendagri: new Map(areas.map((a) => [a.kemendagri_code, a.bps_code])),
    names,
  };
}

function indexOf(areas: readonly AreaKeys[]): AreaIndex {
  let index = indexes.get(areas);
  if (!index) indexes.set(areas, (index = buildIndex(areas)));
  return index;
}

/** A bare digit code: a 2-digit province, a province written "6400", or a district in the given system. */
function bareCode(digits: string, index: AreaIndex, system: AreaCodeSystem): string | null {
  if (digits.length === 2) return index.bps.get(digits) ?? index.kemendagri.get(digits) ?? null;
  if (digits.length !== 4) return null;
  if (digits.endsWith('00')) return bareCode(digits.slice(0, 2), index, system);
  if (system === 'kemendagri') return index.kemendagri.get(`${digits.slice(0, 2)}.${digits.slice(2)}`) ?? null;
  return index.bps.get(digits) ?? null;
}

/** A code written with digits (and perhaps a dot or comma); undefined when the text is not one. */
function numericCode(text: string, index: AreaIndex, system: AreaCodeSystem): string | null | undefined {
  const compact = text.replace(/\s+/g, '');
  // A dotted code is Kemendagri whatever the file claims; ".00" is the province itself.
  const dotted = DOTTED.exec(compact);
  if (dotted) {
    const [, province = '', district = ''] = dotted;
    if (/^0+$/.test(district)) return bareCode(province, index, system);
    return index.kemendagri.get(`${province}.${district.padEnd(2, '0')}`) ?? null;
  }
  const whole = WHOLE_DECIMAL.exec(compact)?.[1] ?? (THOUSANDS.test(compact) ? compact.replace(/\./g, '') : compact);
  return /^\d+$/.test(whole) ? bareCode(whole, index, system) : undefined;
}

/** The BPS code an area is named by — a BPS code, a Kemendagri code (dotted or, under 'kemendagri', bare) or a name — or null when none matches. */
export function resolveArea(value: string, areas: readonly AreaKeys[], system: AreaCodeSystem): string | null {
  const text = String(value ?? '').trim();
  if (text === '') return null;
  const index = indexOf(areas);
  const code = numericCode(text, index, system);
  if (code !== undefined) return code;
  return index.names.get(normaliseAreaName(text)) ?? null;
}
