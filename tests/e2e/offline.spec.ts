import { test, expect, openApp } from './fixtures.ts';

test.describe('offline after one visit', () => {
  test.use({ serviceWorkers: 'allow' });

  test('the service worker keeps the app, DuckDB and the datasets: offline, a reload still shows every view', async ({
    page,
    context,
    record,
  }) => {
    // Installing caches every file once (issue 14 makes this lighter); with another worker busy it takes a while.
    test.setTimeout(180_000);
    await openApp(page);
    // Installed means everything on its list is cached; it then takes control of the page.
    await page.evaluate(() => navigator.serviceWorker.ready);
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('[data-engine-status="ready"]')).toBeVisible({ timeout: 60_000 });
    await expect(page.locator('.cards').first()).toContainText('5,17%');
    await page.getByRole('button', { name: 'Kutai Kartanegara' }).click();
    await expect(page.locator('.cards').first()).toContainText('7,28%');
    // The register is fetched only when the overlap view opens: it was cached at install too.
    await page.getByRole('button', { name: 'Cek bantuan ganda' }).click();
    await expect(page.locator('.card', { hasText: 'Rumah tangga ditandai' }).locator('.value')).toHaveText('4.500', {
      timeout: 120_000,
    });
    expect(record.consoleErrors).toEqual([]);
    expect(record.outside).toEqual([]);
  });
});
