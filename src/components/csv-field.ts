// A spreadsheet runs a cell starting with one of these as a formula; ids, rules and file cells are typed by users.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field: numbers as plain digits, text quoted when it holds the delimiter, a quote or a line
 * break (RFC 4180).
 */
export function csvField(value: string | number | null, delimiter: ',' | ';' = ','): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  const special = text.includes(delimiter) || /["\r\n]/.test(text) || text !== text.trim();
  return special ? `"${text.replaceAll('"', '""')}"` : text;
}
