import type { Browser, Page } from '@playwright/test';
import { READERS, type BenchWindow, type ColdRun, type FileRuns, type ReaderName } from './protocol.ts';

/** Opens the bench page in a new context (empty cache) and waits for its functions to be on `window`. */
export async function openBenchPage(
  browser: Browser,
  url: string,
): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`bench page error: ${error.message}`));
  await page.goto(url);
  await page.locator('body[data-bench-ready="true"]').waitFor({ timeout: 60_000 });
  return { page, close: () => context.close() };
}

/** Each reader's first Parquet file on a fresh page, `runs` times, the reader order rotating per run. */
export async function coldDecodes(
  browser: Browser,
  pageUrl: string,
  fileUrl: string,
  runs: number,
): Promise<ColdRun[][]> {
  const all: ColdRun[][] = [];
  for (let run = 0; run < runs; run++) {
    const round: ColdRun[] = [];
    for (let k = 0; k < READERS.length; k++)
      round.push(await coldDecode(browser, pageUrl, READERS[(k + run) % READERS.length]!, fileUrl));
    all.push(round.sort((a, b) => READERS.indexOf(a.reader) - READERS.indexOf(b.reader)));
  }
  return all;
}

async function coldDecode(browser: Browser, pageUrl: string, reader: ReaderName, fileUrl: string): Promise<ColdRun> {
  const { page, close } = await openBenchPage(browser, pageUrl);
  try {
    return await page.evaluate(([r, u]) => (window as unknown as BenchWindow).runColdDecode(r, u), [
      reader,
      fileUrl,
    ] as const);
  } finally {
    await close();
  }
}

/** Warm decode + ingest rounds of every reader on each file, in one page. */
export async function warmDecodes(
  browser: Browser,
  pageUrl: string,
  fileUrls: string[],
  rounds: number,
): Promise<FileRuns[]> {
  const { page, close } = await openBenchPage(browser, pageUrl);
  try {
    return await page.evaluate(([u, n]) => (window as unknown as BenchWindow).runDecoderBench(u, n), [
      fileUrls,
      rounds,
    ] as const);
  } finally {
    await close();
  }
}
