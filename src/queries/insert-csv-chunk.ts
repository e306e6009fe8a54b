import { rawColumn } from './raw-table.ts';
import { sqlIdent, sqlNumber, sqlString } from './sql-literal.ts';

/** One piece of a user's CSV file (whole records only) and where its first record sits in the file. */
export interface CsvChunkParams {
  raw: string;
  file: string;
  delimiter: string;
  columnCount: number;
  /** Row number of the chunk's first record (the file's line for the first chunk). */
  firstRow: number;
  encoding: 'utf-8' | 'latin-1';
}

/**
 * Appends a chunk's records to the raw table as text, numbered from `firstRow`. The columns are fixed,
 * so DuckDB neither guesses types nor invents columns: a record with more fields than the header is an
 * error naming its line, and a shorter one is padded with NULLs to be reported cell by cell.
 */
export function insertCsvChunkSql(p: CsvChunkParams): string {
  const columns = Array.from({ length: p.columnCount }, (_, i) => `${sqlString(rawColumn(i))}: 'VARCHAR'`).join(', ');
  return `INSERT INTO ${sqlIdent(p.raw)}
SELECT (row_number() OVER () + ${sqlNumber(p.firstRow - 1)})::INTEGER, *
FROM read_csv(${sqlString(p.file)}, delim = ${sqlString(p.delimiter)}, header = false, quote = '"', escape = '"', columns = {${columns}}, null_padding = true, auto_detect = false, encoding = ${sqlString(p.encoding)})`;
}
