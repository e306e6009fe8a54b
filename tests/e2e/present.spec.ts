import { test, expect, openApp } from './fixtures.ts';
import type { Page } from '@playwright/test';

const deck = (page: Page) => page.locator('[data-present]');
const headline = (page: Page) => page.locator('[data-slide] [data-summary]');

/** Waits until the slide on screen has drawn its chart (its data is in). */
async function slideReady(page: Page, id: string): Promise<void> {
  await expect(deck(page)).toHaveAttribute('data-present', id);
  await expect(page.locator(`[data-slide="${id}"] figure [data-chart-body] svg`).first()).toBeVisible({
    timeout: 60_000,
  });
}

test.describe('presentation mode', () => {
  test('one chart per screen with its headline in large type, moved by the keys a clicker sends, left by Esc', async ({
    page,
    record,
  }) => {
    await page.addInitScript(() => {
      // Records whether the deck asked for full screen (headless Chromium may refuse it; the deck must not care).
      const w = window as unknown as { fullScreenAsked: number };
      w.fullScreenAsked = 0;
      const ask = Element.prototype.requestFullscreen;
      Element.prototype.requestFullscreen = function (this: Element, options?: FullscreenOptions) {
        w.fullScreenAsked += 1;
        return ask.call(this, options);
      };
    });
    await openApp(page, '?view=kukar');
    await page.getByRole('button', { name: 'Presentasi' }).click();
    await slideReady(page, 'kukar');
    await expect(page).toHaveURL(/present=kukar/);
    expect(await page.evaluate(() => (window as unknown as { fullScreenAsked: number }).fullScreenAsked)).toBe(1);
    await expect(page.getByRole('dialog', { name: 'Mode presentasi' })).toBeVisible();
    await expect(headline(page)).toHaveText(/^Kemiskinan Kukar (turun|naik) .*%.*\(\d{4}\)/);
    // Large type: the headline is at least twice the page's body text, and there is one figure, no table or downloads.
    const size = await headline(page).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(26);
    await expect(page.locator('[data-slide] figure')).toHaveCount(1);
    await expect(page.locator('[data-slide] details, [data-slide] [data-downloads], header.top')).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: 'Slide 2 dari 11' })).toBeVisible();

    await page.keyboard.press('PageDown');
    await slideReady(page, 'districts');
    await page.keyboard.press('ArrowRight');
    await slideReady(page, 'targets-64');
    await page.keyboard.press('PageUp');
    await slideReady(page, 'districts');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await slideReady(page, 'overview');
    await page.keyboard.press('ArrowLeft');
    await slideReady(page, 'overview');
    await page.keyboard.press('End');
    await slideReady(page, 'overlap-desil');
    await expect(page.locator('[data-slide] [data-illustrative]')).toBeVisible();
    await page.keyboard.press('Home');
    await slideReady(page, 'overview');
    await page.getByRole('button', { name: /Berikutnya/ }).click();
    await slideReady(page, 'kukar');

    // Esc leaves the deck on the view of the slide on screen.
    await page.keyboard.press('Escape');
    await expect(deck(page)).toHaveCount(0);
    await expect(page).not.toHaveURL(/present=/);
    await expect(page.getByRole('button', { name: 'Kutai Kartanegara' })).toHaveAttribute('aria-current', 'page');
    expect(record.consoleErrors).toEqual([]);
    expect(record.outside).toEqual([]);
  });

  test('works where the Fullscreen API is missing, and a link opens a slide in English', async ({ page, record }) => {
    await page.addInitScript(() => {
      Object.defineProperty(Element.prototype, 'requestFullscreen', { value: undefined });
      Object.defineProperty(Document.prototype, 'exitFullscreen', { value: undefined });
    });
    await page.goto('./?present=scenario&lang=en');
    await slideReady(page, 'scenario');
    await expect(page.getByRole('dialog', { name: 'Presentation mode' })).toBeVisible();
    await expect(headline(page)).not.toBeEmpty();
    await expect(page.getByRole('status').filter({ hasText: 'Slide 6 of 11' })).toBeVisible();
    await page.keyboard.press('PageDown');
    await slideReady(page, 'coverage-map');
    await expect(page.locator('[data-slide] [data-illustrative]')).toBeVisible();
    await page.reload();
    await slideReady(page, 'coverage-map');
    await page.getByRole('button', { name: /Exit/ }).click();
    await expect(deck(page)).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Programme coverage' })).toHaveAttribute('aria-current', 'page');
    // Back returns to the presentation, as the link had it.
    await page.goBack();
    await slideReady(page, 'coverage-map');

    // An unknown slide id shows the first slide; a malformed one is ignored (no presentation).
    await page.goto('./?present=nowhere');
    await slideReady(page, 'overview');
    await openApp(page, '?present=%3Cscript%3E');
    await expect(deck(page)).toHaveCount(0);
    expect(record.consoleErrors).toEqual([]);
    expect(record.outside).toEqual([]);
  });
});
