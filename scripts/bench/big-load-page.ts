import type { Browser, Page } from '@playwright/test';
import { installProbe, probeFromEvents, readProbe, type BigLoadProbe, type ProbeEvent } from './big-load-probe.ts';

/** How a load through "Data Anda" ended: the app's report (loaded or refused), or no report at all. */
export type BigLoadOutcome = 'loaded' | 'refused' | 'crashed' | 'timeout' | 'failed';

/** One large CSV loaded through the app's "Data Anda" page, in a fresh browser context. */
export interface BrowserBigLoad {
  outcome: BigLoadOutcome;
  /** The card's data-status at the end; null when the tab was gone. */
  finalStatus: string | null;
  /** What the card showed at the end: the load report's text, or the card's text when there was none. */
  shown: string | null;
  rowsRead: number | null;
  rowsAccepted: number | null;
  /** Node's clock, a check on the page's: setInputFiles -> card in "mapping"; click -> report, crash or timeout. */
  wall: { inspectMs: number | null; loadMs: number | null };
  probe: BigLoadProbe;
  /** Page errors, console errors and anything the bench itself ran into. */
  errors: string[];
}

const CARD = 'article.pending';
const REPORT = `${CARD} [data-testid="load-report"]`;
const TIMEOUT_MS = { ready: 180_000, inspect: 300_000, load: 30 * 60_000 };
const SHOWN_CHARS = 2000;

/**
 * Opens `appUrl` (the app's data view) in a new context, picks `file`, loads it into the register
 * with "Muat berkas" and waits for the report. A crash, a timeout or a step that fails is recorded
 * as the outcome, with what the page showed, rather than ending the bench.
 */
export async function browserBigLoad(browser: Browser, appUrl: string, file: string): Promise<BrowserBigLoad> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'id-ID',
    timezoneId: 'Asia/Makassar',
    serviceWorkers: 'block',
  });
  const events: ProbeEvent[] = [];
  const errors: string[] = [];
  const wall: BrowserBigLoad['wall'] = { inspectMs: null, loadMs: null };
  try {
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
    page.on('console', (m) => void (m.type() === 'error' && errors.push(`console error: ${m.text()}`)));
    let tabCrashed = false;
    const crashed = new Promise<'crashed'>((resolve) => page.on('crash', () => resolve('crashed')));
    void crashed.then(() => (tabCrashed = true));
    const ended = await loadThroughPage(page, appUrl, file, crashed, wall, (e) => events.push(e)).catch(
      (error: unknown) => failed(errors, error),
    );
    return await settle(page, tabCrashed ? 'crashed' : ended, wall, events, errors);
  } finally {
    await context.close().catch(() => {});
  }
}

// The user's steps; returns how the wait for the report ended.
async function loadThroughPage(
  page: Page,
  appUrl: string,
  file: string,
  crashed: Promise<'crashed'>,
  wall: BrowserBigLoad['wall'],
  onEvent: (e: ProbeEvent) => void,
): Promise<'report' | 'crashed' | 'timeout'> {
  await page.goto(appUrl);
  await page.locator('[data-engine-status="ready"]').first().waitFor({ state: 'attached', timeout: TIMEOUT_MS.ready });
  await installProbe(page, onEvent);
  wall.inspectMs = await pick(page, file);
  const card = page.locator(CARD).first();
  // The dataset choice is the select offering "register" (for a CSV the layout's selects come first).
  await card.locator('select:has(option[value="register"])').first().selectOption('register');
  const load = card.getByRole('button', { name: 'Muat berkas', exact: true });
  if (!(await load.isEnabled()))
    throw new Error('"Muat berkas" is disabled: the suggested mapping leaves a required column unmapped');
  const start = performance.now();
  await load.click();
  const ended = await Promise.race([crashed, reportOrTimeout(page)]);
  wall.loadMs = performance.now() - start;
  return ended;
}

// Picks the file and waits until Pantau has looked at it; returns how long that took (Node's clock).
async function pick(page: Page, file: string): Promise<number> {
  const start = performance.now();
  await page.locator('[data-testid="file-input"]').setInputFiles(file);
  await page
    .locator(`${CARD}[data-status="mapping"], ${CARD}[data-status="refused"]`)
    .first()
    .waitFor({ timeout: TIMEOUT_MS.inspect });
  const status = await page.locator(CARD).first().getAttribute('data-status');
  if (status !== 'mapping') throw new Error(`the file was refused on inspection: ${await cardText(page)}`);
  return performance.now() - start;
}

function reportOrTimeout(page: Page): Promise<'report' | 'timeout'> {
  return page
    .locator(REPORT)
    .first()
    .waitFor({ state: 'attached', timeout: TIMEOUT_MS.load })
    .then(
      () => 'report' as const,
      () => 'timeout' as const,
    );
}

function failed(errors: string[], error: unknown): 'failed' {
  errors.push(`bench: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  return 'failed';
}

// Reads the outcome off the page (or, for a crashed tab, off the events Node heard).
async function settle(
  page: Page,
  ended: 'report' | 'crashed' | 'timeout' | 'failed',
  wall: BrowserBigLoad['wall'],
  events: ProbeEvent[],
  errors: string[],
): Promise<BrowserBigLoad> {
  if (ended === 'crashed') {
    errors.push('bench: the tab crashed (Playwright "crash" event)');
    return {
      outcome: 'crashed',
      finalStatus: null,
      shown: null,
      rowsRead: null,
      rowsAccepted: null,
      wall,
      probe: probeFromEvents(events),
      errors,
    };
  }
  // The status leaves "loading" in the same update as the report appears; give it a moment anyway.
  if (ended === 'report')
    await page
      .locator(`${CARD}:not([data-status="loading"])`)
      .first()
      .waitFor({ timeout: 60_000 })
      .catch(() => {});
  const probe = await readProbe(page).catch(() => probeFromEvents(events));
  const finalStatus = await page
    .locator(CARD)
    .first()
    .getAttribute('data-status', { timeout: 5_000 })
    .catch(() => null);
  const shown = ended === 'report' ? await reportText(page) : await cardText(page);
  const refused = ended === 'report' && (await page.locator(`${REPORT}.refused`).count()) > 0;
  const outcome = ended === 'report' ? (refused ? 'refused' : 'loaded') : ended;
  return { outcome, finalStatus, shown, ...rowCounts(shown), wall, probe, errors };
}

async function reportText(page: Page): Promise<string | null> {
  return page
    .locator(REPORT)
    .first()
    .innerText({ timeout: 5_000 })
    .then(
      (t) => t.slice(0, SHOWN_CHARS),
      () => null,
    );
}

async function cardText(page: Page): Promise<string | null> {
  return page
    .locator(CARD)
    .first()
    .innerText({ timeout: 5_000 })
    .then(
      (t) => t.slice(0, SHOWN_CHARS),
      () => null,
    );
}

/** Rows read and accepted from the report's "5.000.000 baris dibaca, 5.000.000 baris diterima" (id-ID digits). */
export function rowCounts(shown: string | null): { rowsRead: number | null; rowsAccepted: number | null } {
  const match = /([\d.]+) baris dibaca, ([\d.]+) baris diterima/.exec(shown ?? '');
  const number = (s: string | undefined) => (s ? Number(s.replaceAll('.', '')) : null);
  return { rowsRead: number(match?.[1]), rowsAccepted: number(match?.[2]) };
}
