import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchBytes, fetchForHandOver, fetchOnce } from '../../../src/data/fetch-bytes.ts';

/** A fetch that answers every URL with its own name as bytes, and counts the calls. */
function countingFetch(): ReturnType<typeof vi.fn> {
  const fake = vi.fn(async (url: string) => new Response(url));
  vi.stubGlobal('fetch', fake);
  return fake;
}

afterEach(() => vi.unstubAllGlobals());

describe('fetching start-up files once for the first chart and DuckDB', () => {
  it("hands the first chart's download over to the loader once, then fetches anew", async () => {
    const fetch = countingFetch();
    const seed = fetchForHandOver('https://site/datasets/poverty.csv');
    const loader = fetchOnce('https://site/datasets/poverty.csv');
    expect(loader).toBe(seed);
    expect(new TextDecoder().decode(await loader)).toBe('https://site/datasets/poverty.csv');
    expect(fetch).toHaveBeenCalledTimes(1);
    // Handed over once: a later read (a reset, a reload of the dataset) downloads again.
    await fetchOnce('https://site/datasets/poverty.csv');
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('fetches a file nobody handed over, such as the register, and keeps nothing', async () => {
    const fetch = countingFetch();
    await fetchOnce('https://site/datasets/register.parquet');
    await fetchOnce('https://site/datasets/register.parquet');
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('names the file and the HTTP status when a fetch fails', async () => {
    vi.stubGlobal('fetch', async () => new Response('', { status: 404, statusText: 'Not Found' }));
    await expect(fetchBytes('https://site/datasets/x.csv')).rejects.toThrow(
      'https://site/datasets/x.csv: HTTP 404 Not Found',
    );
  });
});
