import { readXlsxRows, xlsxSheetNames } from './read-xlsx.ts';
import { xlsxToDelimited } from './xlsx-to-delimited.ts';

/** One sheet of a workbook as comma-separated text, with the workbook's sheet names and the decimal mark to read it with. */
export interface SheetText {
  text: string;
  sheets: string[];
  sheet: string;
  decimal: '.' | ',';
}

/** Reads one sheet (the first when none is named, or the named one is missing) and writes it as text. */
export async function sheetAsText(bytes: Uint8Array, sheet: string | null): Promise<SheetText> {
  const sheets = await xlsxSheetNames(bytes);
  const chosen = sheet !== null && sheets.includes(sheet) ? sheet : (sheets[0] ?? '');
  const { text, decimal } = xlsxToDelimited(await readXlsxRows(bytes, chosen));
  return { text, sheets, sheet: chosen, decimal };
}
