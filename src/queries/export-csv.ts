import type { ColumnType } from './column-types.ts';
import type { DecimalMark } from './parse-value.ts';
import { sqlIdent, sqlString } from './sql-literal.ts';

/** How an exported CSV is written: Indonesian spreadsheets (semicolon, decimal comma) or plain (comma, decimal point). */
export type CsvStyle = 'id' | 'plain';

/** The delimiter and decimal mark of each style: the same options the loader reads a CSV back with. */
export const CSV_STYLES: Record<CsvStyle, { delimiter: string; decimal: DecimalMark }> = {
  id: { delimiter: ';', decimal: ',' },
  plain: { delimiter: ',', decimal: '.' },
};

/** The columns of a table to export, with their schema types. */
export interface ExportColumn {
  name: string;
  type: ColumnType;
}

/** What an export writes: which table and columns, in which order, to which engine file, in which style. */
export interface ExportCsvParams {
  table: string;
  columns: ExportColumn[];
  orderBy: string[];
  file: string;
  style: CsvStyle;
}

// DuckDB writes a DOUBLE as its shortest round-trip text ("7.28", never "7.280000000000001"), with
// ".0" after whole numbers ("866193.0"), which is dropped. It needs no exponent from 0.0001 to 1e15.
// The CSV writer refuses DECIMAL_SEPARATOR (it is read-only in DuckDB 1.4), so the decimal comma is
// put in here; the text holds no thousands separator, so the only '.' is the decimal point.
function numberText(column: string, decimal: DecimalMark): string {
  const text = `regexp_replace(CAST(${sqlIdent(column)} AS VARCHAR), '\\.0$', '')`;
  return decimal === ',' ? `replace(${text}, '.', ',')` : text;
}

function selectExpr(c: ExportColumn, decimal: DecimalMark): string {
  return c.type === 'number' ? `${numberText(c.name, decimal)} AS ${sqlIdent(c.name)}` : sqlIdent(c.name);
}

/**
 * COPY statement writing a table's schema columns, in key order, to a CSV file inside the engine.
 * NULL is an empty field; a field holding the delimiter, a quote or a line break is quoted.
 * USE_TMP_FILE is off because the target is a registered in-memory file: a temporary file next to
 * it would go to the default file system (the disk, in the Node build) and be lost on the rename.
 */
export function exportCsvSql({ table, columns, orderBy, file, style }: ExportCsvParams): string {
  const { delimiter, decimal } = CSV_STYLES[style];
  const select = columns.map((c) => selectExpr(c, decimal)).join(',\n  ');
  const order = orderBy.length ? `\nORDER BY ${orderBy.map(sqlIdent).join(', ')}` : '';
  return `COPY (
SELECT
  ${select}
FROM ${sqlIdent(table)}${order}
) TO ${sqlString(file)} (FORMAT csv, HEADER true, DELIMITER ${sqlString(delimiter)}, QUOTE '"', ESCAPE '"', USE_TMP_FILE false)`;
}
