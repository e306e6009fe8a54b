import { test as base, expect, type Page } from '@playwright/test';

/** What a page did that a test may assert on: requests to other origins and console errors. */
export interface PageRecord {
  outside: string[];
  consoleErrors: string[];
}

/**
 * Every test page blocks and records any request that leaves the site's origin (nothing may), and
 * records console errors and uncaught exceptions.
 */
export const test = base.extend<{ record: PageRecord }>({
  record: async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL!).origin;
    const record: PageRecord = { outside: [], consoleErrors: [] };
    await page.context().route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      record.outside.push(url);
      return route.abort('blockedbyclient');
    });
    page.on('console', (m) => m.type() === 'error' && record.consoleErrors.push(m.text()));
    page.on('pageerror', (e) => record.consoleErrors.push(e.message));
    await use(record);
  },
});

export { expect };

/** Opens the app at a query string and waits until the bundled data is loaded into DuckDB. */
export async function openApp(page: Page, query = ''): Promise<void> {
  await page.goto(`./${query}`);
  await expect(page.locator('[data-engine-status="ready"]')).toBeVisible({ timeout: 60_000 });
}

/**
 * Moves an open page to another query string the way back/forward does (history entry + popstate), so
 * DuckDB and the loaded data stay: a tour of many views pays the engine's start once. The caller waits for
 * what the new view shows.
 */
export async function moveTo(page: Page, query: string): Promise<void> {
  await page.evaluate((q) => {
    history.pushState(null, '', q);
    dispatchEvent(new PopStateEvent('popstate'));
  }, `./${query}`);
}
