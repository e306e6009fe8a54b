/** The citation of a sourced row as a query returns it: the original release first, then where it was read. */
export interface CitationFields {
  publisher: string | null;
  release_title: string | null;
  release_date: string | null;
  release_url: string | null;
  read_in: string | null;
  source: string;
}

/** The citation columns, for a SELECT list (the `poverty` and `national` tables carry them). */
export const CITATION_COLUMNS = 'publisher, release_title, release_date, release_url, read_in, source';
