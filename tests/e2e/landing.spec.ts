import type { Locator } from '@playwright/test';
import { test, expect, openApp } from './fixtures.ts';

/** True when the element's box lies inside the first screen (nothing below the fold). */
async function aboveFold(locator: Locator, height: number): Promise<boolean> {
  const box = await locator.boundingBox();
  return box !== null && box.y >= 0 && box.y + box.height <= height;
}

test.describe('the mission on the first screen', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('at 1280×720: Kaltim 5,17% → 3%, Kukar 7,61% → 7,28% and where it is now, and the real coverage map, above the fold, each a click from its view', async ({
    page,
    record,
  }) => {
    await openApp(page);
    const kaltim = page.locator('[data-panel="kaltim"]');
    const kukar = page.locator('[data-panel="kukar"]');
    const coverage = page.locator('[data-panel="coverage"]');
    await expect(kaltim).toContainText('5,17% → 3%');
    await expect(kukar).toContainText('7,61% → 7,28%');
    await expect(kukar).toContainText('Kini 6,72% (Maret 2025)');
    await expect(coverage.locator('.geo-map path.area')).toHaveCount(10);
    await expect(coverage.locator('[data-illustrative]')).toBeVisible();
    for (const panel of [kaltim, kukar, coverage]) expect(await aboveFold(panel, 720)).toBe(true);
    expect(await aboveFold(coverage.locator('.geo-map svg').first(), 720)).toBe(true);
    // Each card is as tall as what it says: the two figure cards are not stretched to the map card's height.
    const heights = await Promise.all([kaltim, kukar, coverage].map(async (p) => (await p.boundingBox())!.height));
    expect(Math.max(heights[0]!, heights[1]!)).toBeLessThan(heights[2]! - 50);

    await kukar.getByRole('link').click();
    await expect(page).toHaveURL(/view=district&area=6403/);
    await page.goBack();
    await page.locator('[data-panel="coverage"]').getByRole('link').click();
    await expect(page).toHaveURL(/view=coverage/);
    await expect(page.locator('[data-chart="coverage-map"] .geo-map')).toBeVisible();
    expect(record.outside).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
  });

  test('the Kaltim chart draws Indonesia as a reference line, broken where BPS published no figure', async ({
    page,
  }) => {
    await openApp(page, '?lang=en');
    const national = page
      .locator('[data-chart="overview"]')
      .locator('xpath=.//*[local-name()="path"][*[local-name()="title"][normalize-space()="Indonesia (BPS)"]]');
    await expect(national).toHaveCount(2);
    await expect(page.locator('[data-chart="overview"] [data-legend]')).toContainText('RPJMD range 2029');
    await expect(page.locator('[data-chart="overview"] [data-note]')).toContainText(
      'a stated ambition of Dinas Sosial Kaltim',
    );
    await expect(page.locator('[data-chart="overview"] [data-source-group]').first()).toContainText(
      'BPS Provinsi Kalimantan Timur, March 2015 – September 2025 · 21 releases',
    );
  });
});
