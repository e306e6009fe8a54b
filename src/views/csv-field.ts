// A spreadsheet runs a cell starting with one of these as a formula; ids, rules and file cells are typed by users.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field: numbers as plain digits, text quoted when it holds a comma, quote or line break (RFC 4180). */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}
