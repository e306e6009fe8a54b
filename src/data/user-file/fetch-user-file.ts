/** A file fetched from a URL the user gave, with the name it is reported under. */
export interface FetchedFile {
  name: string;
  blob: Blob;
}

/**
 * Fetches a file from the same site or from a host that allows it (CORS). The browser decides; a refusal
 * or an HTTP error becomes a message naming the URL. Nothing is sent but the request itself.
 */
export async function fetchUserFile(url: string): Promise<FetchedFile> {
  const absolute = new URL(url, document.baseURI);
  let response: Response;
  try {
    response = await fetch(absolute, { credentials: 'omit' });
  } catch {
    throw new Error(`${absolute.href}: could not be fetched (offline, or the host does not allow it)`);
  }
  if (!response.ok) throw new Error(`${absolute.href}: HTTP ${response.status} ${response.statusText}`);
  const name = decodeURIComponent(absolute.pathname.split('/').pop() || absolute.hostname);
  return { name, blob: await response.blob() };
}
