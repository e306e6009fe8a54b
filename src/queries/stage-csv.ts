import { sqlIdent, sqlString } from './sql-literal.ts';

/** Options of a delimited text file as written by its producer. */
export interface StageCsvParams {
  stage: string;
  file: string;
  delimiter: string;
}

/**
 * Reads a registered CSV file into a staging table of text columns, each row numbered by its
 * line in the file (line 1 is the header), so every problem can be reported by line.
 * Short rows are padded with NULL so they are reported cell by cell rather than dropped.
 */
export function stageCsvSql({ stage, file, delimiter }: StageCsvParams): string {
  return `CREATE OR REPLACE TEMP TABLE ${sqlIdent(stage)} AS
SELECT (row_number() OVER () + 1)::INTEGER AS _row, *
FROM read_csv(${sqlString(file)}, delim = ${sqlString(delimiter)}, header = true, all_varchar = true, quote = '"', escape = '"', null_padding = true, auto_detect = true)`;
}
