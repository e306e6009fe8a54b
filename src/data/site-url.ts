/** The URL of a bundled dataset file, relative to the page so the site works from any sub-path. */
export function datasetUrl(path: string): string {
  return new URL(`datasets/${path}`, document.baseURI).href;
}
