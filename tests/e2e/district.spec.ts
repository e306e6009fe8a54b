import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures.ts';

/** The boxes of a chart's visible point labels, in page pixels. */
async function labelBoxes(
  page: Page,
  chart: string,
): Promise<{ text: string; x: number; y: number; width: number; height: number }[]> {
  return page.locator(`[data-chart="${chart}"] [data-chart-body] text.point-label`).evaluateAll((nodes) =>
    nodes
      .filter((n) => (n.textContent ?? '').trim())
      .map((n) => {
        const r = (n as SVGGraphicsElement).getBoundingClientRect();
        return { text: n.textContent!, x: r.x, y: r.y, width: r.width, height: r.height };
      }),
  );
}

const overlaps = (a: DOMRectInit & { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test.describe('a page per district', () => {
  test("Kukar's page keeps its 7,61 → 7,28 story, shows where it is now, its rank, targets with verdicts and programmes, real rows marked", async ({
    page,
    record,
  }) => {
    await openApp(page, '?view=district&area=6403');
    await expect(page.locator('h1')).toHaveText('Kutai Kartanegara: 7,61% (2023) → 7,28% (2024)');
    const cards = page.locator('.cards');
    await expect(cards).toContainText(/Terakhir \(Maret 2025\)\s*6,72%/);
    await expect(cards).toContainText(/Peringkat \(Maret 2025\)\s*\d+ dari 10/);
    await expect(page.locator('[data-chart="district-6403"] [data-summary]')).toHaveText(
      'Kemiskinan Kukar turun 0,56 poin, dari 7,28% (2024) menjadi 6,72% (2025)',
    );
    await expect(page.locator('[data-chart="district-6403"] [data-legend]')).toContainText('Kalimantan Timur');
    await expect(page.locator('[data-chart="district-6403"] [data-legend]')).toContainText('Indonesia');
    await expect(page.locator('[data-target="6403-2025"]')).toContainText('Tercapai');
    const programmes = page.locator('[data-programmes]');
    await expect(programmes.locator('tr', { hasText: 'BLT Dana Desa' }).first()).toContainText('Nyata');
    await expect(programmes.locator('tr', { hasText: 'Ilustratif' }).first()).toBeVisible();
    expect(record.outside).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
  });

  test("Kukar's point labels never overlap each other or a target's label", async ({ page }) => {
    await openApp(page, '?view=district&area=6403');
    await expect(page.locator('[data-chart="district-6403"] svg').first()).toBeVisible();
    const boxes = await labelBoxes(page, 'district-6403');
    expect(boxes.length).toBeGreaterThanOrEqual(4);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++)
        expect(overlaps(boxes[i]!, boxes[j]!), `${boxes[i]!.text} / ${boxes[j]!.text}`).toBe(false);
  });

  test("Kaltim's chart labels (points, targets, Indonesia's line) never overlap each other", async ({ page }) => {
    await openApp(page, '?view=overview');
    await expect(page.locator('[data-chart="overview"] svg').first()).toBeVisible();
    // Every label drawn in the chart's body, axis ticks aside (their spacing is d3's).
    const boxes = await page
      .locator('[data-chart="overview"] [data-chart-body] text:not(.tick text)')
      .evaluateAll((nodes) =>
        nodes
          .filter((n) => (n.textContent ?? '').trim())
          .map((n) => {
            const r = (n as SVGGraphicsElement).getBoundingClientRect();
            return { text: n.textContent!, x: r.x, y: r.y, width: r.width, height: r.height };
          })
          .filter((b) => b.width > 0 && b.height > 0),
      );
    expect(boxes.length).toBeGreaterThanOrEqual(3);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++)
        expect(overlaps(boxes[i]!, boxes[j]!), `${boxes[i]!.text} / ${boxes[j]!.text}`).toBe(false);
  });

  test('opens from the districts chart, survives a reload from its link, and back returns to the districts', async ({
    page,
    record,
  }) => {
    await openApp(page, '?view=districts');
    await page.locator('[data-chart="districts"] svg a[data-nav]', { hasText: 'Mahakam Ulu' }).click();
    await expect(page).toHaveURL(/view=district&area=6411/);
    await expect(page.locator('h1')).toContainText('Mahakam Ulu');
    await expect(page.locator('[data-target="6411-2024"]')).toContainText('Tahun target lewat');
    await page.reload();
    await expect(page.locator('[data-engine-status="ready"]')).toBeVisible({ timeout: 60_000 });
    await expect(page.locator('h1')).toContainText('Mahakam Ulu');
    await page.goBack();
    await expect(page).toHaveURL(/view=districts/);
    await expect(page.locator('[data-chart="districts"]')).toBeVisible();
    expect(record.outside).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
  });

  test('a series with missing years is drawn as separate runs, never a line across the gap (Kukar 2012 | 2016 | 2020–2025)', async ({
    page,
  }) => {
    await openApp(page, '?view=district&area=6403&lang=en');
    const lines = page
      .locator('[data-chart="district-6403"]')
      .locator('xpath=.//*[local-name()="path"][*[local-name()="title"][normalize-space()="March"]]');
    await expect(lines).toHaveCount(3);
    await expect(page.locator('h1')).toHaveText('Kutai Kartanegara: 7.61% (2023) → 7.28% (2024)');
  });

  test('opens from the districts table too', async ({ page }) => {
    await openApp(page, '?view=districts');
    await page.locator('[data-chart="districts"] summary').first().click();
    await page.locator('[data-chart="districts"] table').getByRole('link', { name: 'Paser', exact: true }).click();
    await expect(page).toHaveURL(/view=district&area=6401/);
    await expect(page.locator('h1')).toContainText('Paser');
  });
});

test.describe('a district page from the coverage view', () => {
  test('opens from the map (pick the district, then its page), from the scatter and from the table', async ({
    page,
    record,
  }) => {
    await openApp(page, '?view=coverage');
    await page.locator('.geo-map path[role="button"]', { hasText: 'Kutai Kartanegara' }).click();
    await page.locator('[data-open-district]').click();
    await expect(page).toHaveURL(/view=district&area=6403/);
    await expect(page.locator('h1')).toHaveText('Kutai Kartanegara: 7,61% (2023) → 7,28% (2024)');
    await page.goBack();
    await page.locator('[data-chart="coverage-scatter"] svg a[data-nav]', { hasText: 'Berau' }).click();
    await expect(page).toHaveURL(/view=district&area=6405/);
    await expect(page.locator('h1')).toContainText('Berau');
    expect(record.outside).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
  });
});

test.describe('kecamatan as the starting point', () => {
  test("Kukar's page shows the overlap check's households per kecamatan on the real kecamatan map, labelled synthetic", async ({
    page,
    record,
  }) => {
    await openApp(page, '?view=district&area=6403');
    await page.locator('[data-load-kecamatan]').click();
    const figure = page.locator('[data-chart="kecamatan-6403"]');
    await expect(figure.locator('svg path').first()).toBeVisible({ timeout: 60_000 });
    // Kukar has 20 kecamatan in the bundled boundaries, every one drawn.
    await expect(figure.locator('.geo-map path')).toHaveCount(20);
    await expect(figure.locator('[data-illustrative]')).toContainText('sintetis');
    await expect(figure.locator('[data-summary]')).toContainText(
      /Di Kutai Kartanegara, [\d.]+ dari [\d.]+ rumah tangga penerima punya temuan/,
    );
    await expect(figure.locator('[data-note]')).toContainText('cahyadsn/wilayah_boundaries');
    expect(record.outside).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
  });
});
