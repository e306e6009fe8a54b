import { DatasetError, fileLevelReport } from '../dataset-error.ts';

/** A file fetched from a URL the user gave, with the name it is reported under. */
export interface FetchedFile {
  name: string;
  blob: Blob;
}

/**
 * Fetches a file from this site (another origin is refused with its own reason, see below); an HTTP error
 * becomes a message naming the URL. Nothing is sent but the request itself.
 */
export async function fetchUserFile(url: string): Promise<FetchedFile> {
  const absolute = new URL(url, document.baseURI);
  // The site's Content-Security-Policy lets nothing be fetched from elsewhere (so nothing loaded here can be
  // sent anywhere either): say so in the planner's language, rather than fail as a network error.
  if (absolute.origin !== location.origin) throw otherOriginError(absolute);
  let response: Response;
  try {
    response = await fetch(absolute, { credentials: 'omit' });
  } catch {
    throw new Error(`${absolute.href}: could not be fetched (offline, or the site did not answer)`);
  }
  if (!response.ok) throw new Error(`${absolute.href}: HTTP ${response.status} ${response.statusText}`);
  const name = decodeURIComponent(absolute.pathname.split('/').pop() || absolute.hostname);
  return { name, blob: await response.blob() };
}

function otherOriginError(url: URL): DatasetError {
  return new DatasetError(
    fileLevelReport('', {
      file: url.href,
      row: 0,
      column: null,
      value: null,
      reason: 'other-origin',
      expected: location.origin,
    }),
  );
}
