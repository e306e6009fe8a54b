/** One of the four field separators BPS and Satu Data exports use. */
export type Delimiter = ',' | ';' | '\t' | '|';

/** A column whose header is a year (or "Maret 2023"/"September 2023"): a wide table has two or more. */
export interface YearColumn {
  index: number;
  header: string;
  year: number;
  period: 'mar' | 'sep' | null;
}

/** How a delimited file is laid out: what the loader skips, where the data starts, and what the columns are. */
export interface TableLayout {
  encoding: 'utf-8' | 'latin-1';
  delimiter: Delimiter;
  decimal: '.' | ',';
  /** Texts of title rows above the header (skipped), e.g. "Persentase Penduduk Miskin Menurut Kabupaten/Kota, 2022-2024". */
  titleLines: string[];
  /** 1-based physical line of the (first) header row. */
  headerLine: number;
  /** 1 or 2: BPS often writes a two-row header (a group label above, years below); the two are merged. */
  headerRows: number;
  /** One label per column after merging (trimmed; an empty header becomes "" ). */
  headers: string[];
  /** 1-based physical line where the first data record starts. */
  dataStartLine: number;
  /** Byte offset in the FILE (not the decoded text; count the BOM and multi-byte UTF-8 chars) where the first data record starts. */
  dataStartByte: number;
  columnCount: number;
  /** Up to 20 data records after the header (cells trimmed), for a preview table. */
  preview: string[][];
  /** Year columns when there are two or more of them (a wide table to unpivot); otherwise []. */
  years: YearColumn[];
  /** Texts of note/source rows found at the end of the file's tail sample ("Sumber: BPS…", "Catatan: …"), for display. */
  trailingNotes: string[];
}
