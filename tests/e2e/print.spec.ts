import { test, expect, openApp } from './fixtures.ts';
import { writeFileSync } from 'node:fs';

/** The page boxes of a PDF, in points, in order. */
function pageBoxes(pdf: Buffer): number[][] {
  const text = pdf.toString('latin1');
  return [...text.matchAll(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) =>
    m.slice(1, 5).map(Number),
  );
}

test.describe('printed report', () => {
  test('the coverage view prints on A4 landscape with the link, sources, data vintage and illustrative labels, without controls', async ({
    page,
    record,
  }, info) => {
    await openApp(page, '?view=coverage&cyear=2024');
    await expect(page.locator('[data-chart="coverage-map"] [data-chart-body] svg').first()).toBeVisible();
    await page.emulateMedia({ media: 'print' });

    const head = page.locator('[data-print-head]');
    await expect(head).toBeVisible();
    await expect(head).toContainText('Laporan Pantau: Cakupan program');
    await expect(head).toContainText(/Dicetak \d{1,2} \w+ \d{4}/);
    await expect(page.locator('[data-print-link]')).toHaveText(
      /^http:\/\/127\.0\.0\.1:\d+\/static-host\/pantau\/\?view=coverage&cyear=2024$/,
    );
    for (const id of ['coverage-map', 'coverage-scatter']) {
      const figure = page.locator(`[data-chart="${id}"]`);
      await expect(figure.locator('[data-illustrative]')).toBeVisible();
      await expect(figure.locator('.sources')).toContainText('Sumber:');
      await expect(figure.locator('.sources')).toContainText('Data per:');
    }
    await expect(page.locator('header.top')).toBeHidden();
    const visibleControls = await page
      .locator('button, select, input')
      .evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length);
    expect(visibleControls).toBe(0);

    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    writeFileSync(info.outputPath('report-coverage.pdf'), pdf);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const boxes = pageBoxes(pdf);
    expect(boxes.length).toBeGreaterThanOrEqual(2);
    // A4 landscape: 297 × 210 mm = 841.9 × 595.3 points.
    for (const [, , w, h] of boxes) {
      expect(Math.abs(w! - 841.9)).toBeLessThan(1.5);
      expect(Math.abs(h! - 595.3)).toBeLessThan(1.5);
    }
    expect(record.consoleErrors).toEqual([]);
    expect(record.outside).toEqual([]);
  });

  test('the targets view prints in English with the link to its scenario', async ({ page, record }, info) => {
    await openApp(page, '?view=targets&lang=en&fam=1000');
    await expect(page.locator('[data-chart="scenario"] [data-chart-body] svg').first()).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-print-head]')).toContainText('Pantau report: Targets');
    await expect(page.locator('[data-print-link]')).toHaveText(/\?view=targets&lang=en&fam=1000$/);
    await expect(page.locator('[data-chart="scenario"] .sources')).toContainText('Sources:');
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    writeFileSync(info.outputPath('report-targets-en.pdf'), pdf);
    expect(pageBoxes(pdf).length).toBeGreaterThanOrEqual(2);
    expect(record.consoleErrors).toEqual([]);
    expect(record.outside).toEqual([]);
  });
});
