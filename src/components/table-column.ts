/**
 * One column of a data table: its header, the cell as shown (formatted for the language), and the
 * cell as a spreadsheet should get it (a plain number, or text); without `raw` the shown text is used.
 */
export interface TableColumn<R> {
  label: string;
  value: (row: R) => string;
  numeric?: boolean;
  raw?: (row: R) => string | number | null;
  /** A short word that must not be broken (long cells, such as addresses, wrap anywhere). */
  nowrap?: boolean;
  /** A link for the cell (another view of this page, followed without reloading), e.g. a district's page. */
  href?: (row: R) => string | undefined;
}
