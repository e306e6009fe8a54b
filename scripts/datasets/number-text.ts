/** How a number is written: decimal mark, thousands grouping, and the fewest decimals to show. */
export interface NumberStyle {
  decimal: '.' | ',';
  groupThousands: boolean;
  minDecimals: number;
}

/** Writes a number in plain decimal notation (never exponent form) in the given style. */
export function formatNumber(value: number, style: NumberStyle): string {
  // String() is the shortest text that reads back to the same double, so output is exact and stable.
  const text = String(value);
  if (!/^-?\d+(\.\d+)?$/.test(text)) throw new Error(`cannot write ${text} in plain decimal notation`);
  const [whole = '', fraction = ''] = text.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = sign ? whole.slice(1) : whole;
  const grouped = style.groupThousands ? groupDigits(digits, style.decimal === ',' ? '.' : ',') : digits;
  const decimals = fraction.padEnd(style.minDecimals, '0');
  return sign + grouped + (decimals ? style.decimal + decimals : '');
}

function groupDigits(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+$)/g, separator);
}
