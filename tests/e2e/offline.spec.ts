import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures.ts';

/** The site-relative paths of every file in the service worker's caches. */
function cachedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const paths: string[] = [];
    for (const key of await caches.keys())
      for (const request of await (await caches.open(key)).keys())
        paths.push(new URL(request.url).pathname.replace(/^.*\/pantau\//, ''));
    return paths.sort();
  });
}

test.describe('offline after one visit', () => {
  test.use({ serviceWorkers: 'allow' });

  test('the service worker keeps the app, DuckDB and every dataset the user opened: offline, a reload still shows those views', async ({
    page,
    context,
    record,
  }) => {
    test.setTimeout(180_000);
    await openApp(page);
    // DuckDB starts only once the worker controls the page, so the engine passed through it.
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    // The views used online: the register is fetched (and kept) only when the overlap view opens.
    await page.getByRole('button', { name: 'Kutai Kartanegara' }).click();
    await expect(page.locator('.cards').first()).toContainText('7,28%');
    await page.getByRole('button', { name: 'Cek bantuan ganda' }).click();
    await expect(page.locator('.card', { hasText: 'Rumah tangga ditandai' }).locator('.value')).toHaveText('4.500', {
      timeout: 120_000,
    });
    await page.getByRole('button', { name: 'Kaltim', exact: true }).click();
    // Kept: the page, the engine this browser uses, the catalog (fetched before the worker took control, kept
    // from the HTTP cache once the data was shown) and the register (kept as the overlap view fetched it).
    // Not kept: the fallback engine build nobody fetched.
    await expect
      .poll(() => cachedPaths(page), { timeout: 30_000 })
      .toEqual(
        expect.arrayContaining([
          'index.html',
          'datasets/catalog.json',
          'datasets/register.duckdb.gzip',
          expect.stringMatching(/^assets\/duckdb-eh-.*\.wasm$/),
          expect.stringMatching(/^assets\/duckdb-browser-eh\.worker-.*\.js$/),
        ]),
      );
    expect((await cachedPaths(page)).filter((path) => /duckdb-(browser-)?mvp/.test(path))).toEqual([]);

    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('[data-engine-status="ready"]')).toBeVisible({ timeout: 60_000 });
    await expect(page.locator('.cards').first()).toContainText('5,17%');
    await page.getByRole('button', { name: 'Kutai Kartanegara' }).click();
    await expect(page.locator('.cards').first()).toContainText('7,28%');
    await page.getByRole('button', { name: 'Cek bantuan ganda' }).click();
    await expect(page.locator('.card', { hasText: 'Rumah tangga ditandai' }).locator('.value')).toHaveText('4.500', {
      timeout: 120_000,
    });
    expect(record.consoleErrors).toEqual([]);
    expect(record.outside).toEqual([]);
  });
});
