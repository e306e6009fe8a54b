/** Where a schema column's value comes from in a user's file. */
export type ColumnSource =
  | { kind: 'column'; index: number } // a column of the file (0-based)
  | { kind: 'constant'; value: string } // the same text on every row (e.g. period "mar", source "BPS …")
  | { kind: 'year-header' } // wide table: the year named by each year column's header
  | { kind: 'period-header' } // wide table: the period named by the year column's header (Maret/September)
  | { kind: 'year-values' } // wide table: the cells under the year columns
  | { kind: 'none' };

/** Schema column name → where it comes from. */
export type ColumnMapping = Record<string, ColumnSource>;
