import type { Cell } from './cell.ts';

// "7,28", "1.234", "1.234,5": a decimal comma, possibly with dots grouping thousands. "1.234" is read
// the Indonesian way: with no other evidence a grouped thousand is likelier than three decimals here.
const COMMA_DECIMAL = [/^-?\d+,\d+$/, /^-?\d{1,3}(\.\d{3})+(,\d+)?$/];
// "7.28", "1,234.5": a decimal point, possibly with commas grouping thousands.
const POINT_DECIMAL = [/^-?\d+\.\d+$/, /^-?\d{1,3}(,\d{3})+\.\d+$/];

/**
 * The decimal mark a sheet's typed-in numbers use: ',' when most text cells that look like decimals
 * use a comma, '.' otherwise (also when no text cell looks like one). Whole numbers do not vote.
 */
export function sheetDecimalMark(rows: Cell[][]): '.' | ',' {
  let comma = 0;
  let point = 0;
  for (const row of rows) {
    for (const cell of row) {
      if (typeof cell !== 'string') continue;
      const text = cell.trim();
      if (COMMA_DECIMAL.some((re) => re.test(text))) comma++;
      else if (POINT_DECIMAL.some((re) => re.test(text))) point++;
    }
  }
  return comma > point ? ',' : '.';
}
