/**
 * One column of a data table: its header, the cell as shown (formatted for the language), and the
 * cell as a spreadsheet should get it (a plain number, or text); without `raw` the shown text is used.
 */
export interface TableColumn<R> {
  label: string;
  value: (row: R) => string;
  numeric?: boolean;
  raw?: (row: R) => string | number | null;
}
