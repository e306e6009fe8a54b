/** The schema types a dataset column can have (mirrors the catalog, kept here so queries import nothing of the app). */
export type ColumnType = 'text' | 'integer' | 'number';

/** What the validation and promotion builders need to know about a column. */
export interface ColumnRule {
  name: string;
  type: ColumnType;
  required?: boolean;
  min?: number;
  max?: number;
  oneOf?: string[];
  /** A regular expression the whole text must match (DuckDB's RE2 syntax), e.g. a month `[0-9]{4}-[0-9]{2}`. */
  pattern?: string;
  references?: { table: string; column: string };
}
