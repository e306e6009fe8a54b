/** A workbook's sheet written as CSV text, with the sheet names and the decimal mark its text cells use. */
export interface XlsxAsCsv {
  blob: Blob;
  sheets: string[];
  sheet: string;
  decimal: '.' | ',';
}

/**
 * Reads one sheet of an xlsx workbook (the first when none is named) and writes it as CSV text, so it is
 * laid out, mapped and checked exactly like a CSV file. The reader is loaded only now, on first use.
 */
export async function xlsxAsCsv(blob: Blob, sheet: string | null): Promise<XlsxAsCsv> {
  const [{ xlsxSheetNames, readXlsxRows }, { xlsxToDelimited }] = await Promise.all([
    import('../xlsx/read-xlsx.ts'),
    import('../xlsx/xlsx-to-delimited.ts'),
  ]);
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const sheets = await xlsxSheetNames(bytes);
  const chosen = sheet !== null && sheets.includes(sheet) ? sheet : (sheets[0] ?? '');
  const { text, decimal } = xlsxToDelimited(await readXlsxRows(bytes, chosen));
  return { blob: new Blob([text], { type: 'text/csv' }), sheets, sheet: chosen, decimal };
}
