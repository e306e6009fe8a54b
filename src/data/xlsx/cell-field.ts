import type { Cell } from './cell.ts';

// Twelve significant digits drop binary noise (7.280000000000001) and keep every digit a sheet shows.
const SIGNIFICANT = 12;

/** One cell as a field of comma-separated text: numbers with the given decimal mark, dates as YYYY-MM-DD, quoted when needed. */
export function cellField(cell: Cell, decimal: '.' | ','): string {
  return quoted(cellText(cell, decimal));
}

/** A cell's text before quoting; null, NaN, infinities and invalid dates are empty. */
export function cellText(cell: Cell, decimal: '.' | ','): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return numberText(cell, decimal);
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  if (cell instanceof Date) return dateText(cell);
  return cell;
}

/** A number without thousands separators or float noise, in plain notation below 1e21. */
export function numberText(n: number, decimal: '.' | ','): string {
  if (!Number.isFinite(n)) return '';
  const text = plainNotation(Number(n.toPrecision(SIGNIFICANT)));
  return decimal === ',' ? text.replace('.', ',') : text;
}

// String() switches to an exponent below 1e-6, which toFixed writes out. From 1e21 up both use an
// exponent, and toFixed stops at 100 decimals, so values that far from ordinary keep String()'s form.
function plainNotation(n: number): string {
  const text = String(n);
  if (!text.includes('e') || Math.abs(n) >= 1e21) return text;
  const decimals = SIGNIFICANT - 1 - Math.floor(Math.log10(Math.abs(n)));
  return decimals > 100 ? text : n.toFixed(decimals).replace(/\.?0+$/, '');
}

// read-excel-file returns dates at UTC midnight; a time of day is kept only when there is one.
function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const [day, time = ''] = date.toISOString().split('T');
  const clock = time.slice(0, 8);
  return clock === '00:00:00' ? day! : `${day} ${clock}`;
}

function quoted(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
