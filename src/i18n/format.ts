import { formatLocale } from 'd3';

/** The languages of the interface; Indonesian first. */
export type Lang = 'id' | 'en';

const LOCALE: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };

// d3's own locale for axis ticks, with the decimal comma and the thousands dot of id-ID.
const D3_LOCALE = {
  id: formatLocale({ decimal: ',', thousands: '.', grouping: [3], currency: ['Rp', ''] }),
  en: formatLocale({ decimal: '.', thousands: ',', grouping: [3], currency: ['Rp', ''] }),
};

/** A number with a fixed count of decimals in the language's convention: 7,28 (id) or 7.28 (en). */
export function formatNumber(value: number, lang: Lang, digits = 0): string {
  return new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    value,
  );
}

/** A number that may be negative, written with a true minus sign (−0,13), as the points are. */
export function formatSigned(value: number, lang: Lang, digits = 2): string {
  return formatNumber(value, lang, digits).replace('-', '−');
}

/** A percentage from a value already in percent: 7.28 -> "7,28%". */
export function formatPct(value: number, lang: Lang, digits = 2): string {
  return `${formatNumber(value, lang, digits)}%`;
}

/** A change in percentage points with its sign: -0.33 -> "−0,33 poin" / "−0.33 pp". */
export function formatPoints(value: number, lang: Lang, digits = 2): string {
  const magnitude = formatNumber(Math.abs(value), lang, digits);
  // The sign follows the number as shown, so -0.001 is "±0,00", not "−0,00".
  const sign = !/[1-9]/.test(magnitude) ? '±' : value > 0 ? '+' : '−';
  return `${sign}${magnitude} ${lang === 'id' ? 'poin' : 'pp'}`;
}

/** A count of people: 1857 -> "1.857" (id) or "1,857" (en). */
export function formatPeople(value: number, lang: Lang): string {
  return formatNumber(Math.round(value), lang, 0);
}

const RUPIAH_UNITS: Record<Lang, [number, string][]> = {
  id: [
    [1e12, 'triliun'],
    [1e9, 'miliar'],
    [1e6, 'juta'],
    [1e3, 'ribu'],
  ],
  en: [
    [1e12, 'trillion'],
    [1e9, 'billion'],
    [1e6, 'million'],
    [1e3, 'thousand'],
  ],
};

/** Rupiah with the unit spelled out, never the ambiguous "M": 5e6 -> "Rp5 juta", 2.5e9 -> "Rp2,5 miliar". */
export function formatRupiah(value: number, lang: Lang): string {
  // A value that rounds up to the next unit is shown in it: 999,999,999 is "Rp1 miliar", not "Rp1.000,0 juta".
  const unit = RUPIAH_UNITS[lang].find(([size]) => Math.abs(value) >= size * 0.99995 && size >= 1e6);
  if (!unit) return `Rp${formatNumber(value, lang, 0)}`;
  // Rounded to the one decimal shown, so 1.04e9 is "Rp1 miliar", not "Rp1,0 miliar".
  const scaled = Math.round((value / unit[0]) * 10) / 10;
  return `Rp${formatNumber(scaled, lang, Number.isInteger(scaled) ? 0 : 1)} ${unit[1]}`;
}

/** A d3 tick formatter in the language's convention (e.g. ".1f" gives 5,5 in Indonesian). */
export function tickFormat(specifier: string, lang: Lang): (n: number | { valueOf(): number }) => string {
  return D3_LOCALE[lang].format(specifier);
}

/** A number as typed into a form field: no grouping, up to four decimals, the language's decimal mark. */
export function formatInputNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 4, useGrouping: false }).format(value);
}

/** A calendar date written out in the language: 23 November 2026 (id), 23 November 2026 (en-GB). */
export function formatDate(date: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALE[lang], { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** A month of a year written out: Juni 2025 (id), June 2025 (en). */
export function formatMonth(year: number, month: number, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALE[lang], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(year, month - 1, 1),
  );
}

/** An ISO calendar date (2025-07-25) written out: 25 Juli 2025 (id), 25 July 2025 (en); read as UTC so no time zone moves it. */
export function formatIsoDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(LOCALE[lang], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(Date.UTC(y!, m! - 1, d!));
}
