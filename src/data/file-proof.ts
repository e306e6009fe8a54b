/**
 * Proof that a bundled file is the one the build checked: its SHA-256 and row count, recorded in
 * catalog.json by `scripts/prove-datasets.ts` after the file passed the full check. A file whose bytes hash
 * to the recorded value is loaded without checking each cell again; any other file is checked in full.
 */
export interface FileProof {
  sha256: string;
  rows: number;
  /**
   * The file as read is the live table already: the catalog's columns in order, each of its SQL type, with
   * the very values the full check's promotion gives (text trimmed, no empty text, finite numbers). Recorded
   * by the build after comparing the two; the page then moves the ingested table into place instead of
   * copying it.
   */
  canonical?: boolean;
  /**
   * A database file (format `duckdb`): the tables it carries besides the dataset's own, in the order they are
   * copied, and the SHA-256 of what it was made from (the Parquet file's bytes and the statements that build
   * those tables), so the build rewrites it only when that changes.
   */
  tables?: string[];
  source?: string;
}

/** The SHA-256 of the bytes in lower-case hex, or null where the browser offers no Web Crypto (plain http). */
export async function sha256Hex(bytes: Uint8Array): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const digest = await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Whether the bytes are exactly the proven file. */
export async function matchesProof(bytes: Uint8Array, proof: FileProof | undefined): Promise<boolean> {
  if (!proof) return false;
  return (await sha256Hex(bytes)) === proof.sha256;
}
