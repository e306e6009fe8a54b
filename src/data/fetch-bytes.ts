/** Fetches a file of the site as bytes, with an error that names the file and the HTTP status. */
export async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status} ${response.statusText}`);
  return new Uint8Array(await response.arrayBuffer());
}

// Files fetched before DuckDB is ready (the first chart's start-up files, a view's lazy dataset), kept until
// DuckDB's loader takes them.
const handedOver = new Map<string, Promise<Uint8Array>>();

/**
 * Fetches a file ahead of DuckDB's loader (the first chart reads it, or a view opened while the engine starts
 * needs it): the loader takes the same bytes (`fetchOnce`), so the file is downloaded once.
 */
export function fetchForHandOver(url: string): Promise<Uint8Array> {
  const bytes = fetchBytes(url);
  handedOver.set(url, bytes);
  return bytes;
}

/** The bytes of a file the first chart already fetched (handed over once, then forgotten), or a new fetch. */
export function fetchOnce(url: string): Promise<Uint8Array> {
  const bytes = handedOver.get(url);
  if (!bytes) return fetchBytes(url);
  handedOver.delete(url);
  return bytes;
}
