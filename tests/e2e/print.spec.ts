import { test, expect, openApp, moveTo } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
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

/** The text of each page of a PDF, read by poppler's `pdftotext` (pages are separated by form feeds). */
function pdfPageTexts(path: string): string[] {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  return text.split('\f').slice(0, -1);
}

/** The distinct heights of the words of a PDF, in points to one decimal: its text sizes, chart labels included. */
function textSizes(path: string): string[] {
  const bbox = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  const heights = [...bbox.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)].map((m) =>
    (Number(m[2]) - Number(m[1])).toFixed(1),
  );
  return [...new Set(heights)].sort();
}

/** How far down each page of a PDF its lowest word reaches, as a share of the page's height. */
function pageFill(path: string): number[] {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  return html
    .split('<page ')
    .slice(1)
    .map((page) => {
      const height = Number(/height="([\d.]+)"/.exec(page)![1]);
      const bottoms = [...page.matchAll(/yMax="([\d.]+)"/g)].map((m) => Number(m[1]));
      return Math.max(0, ...bottoms) / height;
    });
}

/**
 * Marks every figure of the page where printing could part it: a word at its top, one drawn inside its chart,
 * and one at its bottom. The words are placed absolutely, so they take no room: the page breaks as it would
 * without them (in flow, they made a figure 35 px taller, enough to push it to the next page). Returns each
 * figure's id and title.
 */
async function markFigures(page: Page): Promise<{ id: string; title: string }[]> {
  return page.locator('figure.chart-figure').evaluateAll((figures) =>
    figures.map((figure, i) => {
      const mark = (where: string, parent: HTMLElement, edge: 'top' | 'bottom'): HTMLElement => {
        if (getComputedStyle(parent).position === 'static') parent.style.position = 'relative';
        const span = document.createElement('span');
        span.textContent = `QQFIG${where}${i}QQ`;
        Object.assign(span.style, { fontSize: '6px', position: 'absolute', left: '0', [edge]: '0' });
        span.dataset.qq = '';
        return span;
      };
      figure.prepend(mark('TOP', figure as HTMLElement, 'top'));
      figure.append(mark('END', figure as HTMLElement, 'bottom'));
      const svg = figure.querySelector('[data-chart-body] svg');
      if (svg) {
        const text = document.createElementNS('http://www.w3.org/2000/svg', 'text');
        text.setAttribute('x', '4');
        text.setAttribute('y', '12');
        text.setAttribute('font-size', '8');
        text.textContent = `QQFIGCHART${i}QQ`;
        text.setAttribute('data-qq', '');
        svg.append(text);
      } else {
        const body = figure.querySelector<HTMLElement>('[data-chart-body]')!;
        body.append(mark('CHART', body, 'top'));
      }
      return { id: figure.getAttribute('data-chart')!, title: figure.querySelector('h2')!.textContent!.trim() };
    }),
  );
}

/** Which pages hold a word; a word pdftotext split over two lines is matched with its line break. */
function pagesWith(pages: string[], word: string): number[] {
  return pages.flatMap((text, n) => (text.replace(/\s+/g, ' ').includes(word) ? [n + 1] : []));
}

const PRINTED_VIEWS: { query: string; ready: string }[] = [
  { query: '?view=overview', ready: 'overview' },
  { query: '?view=district&area=6403&lang=en', ready: 'district-6403' },
  { query: '?view=targets', ready: 'scenario' },
  { query: '?view=districts&lang=en', ready: 'districts' },
  { query: '?view=coverage&cyear=2024', ready: 'coverage-scatter' },
  { query: '?view=overlap&lang=en', ready: 'overlap-desil' },
];

test.describe('every view in print', () => {
  // Charts were drawn at the window's width and the printout scaled to the paper: the coverage view printed on 3
  // pages from a 1280 px window and on 2 from a 1920 px one, its text at 0.83 and 0.67 of its size.
  test('a view prints the same from a narrow and a wide window: the same pages, every text (chart labels too) at the same size', async ({
    page,
    record,
  }, info) => {
    test.setTimeout(120_000);
    const printed: { pages: number; sizes: string[] }[] = [];
    // The projector and the large screen of the brief.
    for (const [width, height] of [
      [1280, 720],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width, height });
      await openApp(page, '?view=coverage&cyear=2024');
      await expect(page.locator('[data-chart="coverage-scatter"] [data-chart-body] svg').first()).toBeVisible();
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 60_000 });
      await page.emulateMedia({ media: 'print' });
      const path = info.outputPath(`coverage-from-${width}.pdf`);
      writeFileSync(path, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      await page.emulateMedia({ media: 'screen' });
      printed.push({ pages: pdfPageTexts(path).length, sizes: textSizes(path) });
    }
    const [narrow, wide] = printed;
    expect(wide!.pages, 'pages from 1920 px against 1280 px').toBe(narrow!.pages);
    expect(wide!.sizes, 'text sizes (pt) printed from 1920 px against 1280 px').toEqual(narrow!.sizes);
    expect(narrow!.sizes.length).toBeGreaterThan(3);
    expect(record.consoleErrors).toEqual([]);
    expect(record.outside).toEqual([]);
  });

  test('no figure is split across pages: its title, chart and sources share one A4 page; no page but the last mostly empty; no engine status', async ({
    page,
    record,
  }, info) => {
    test.setTimeout(180_000);
    await openApp(page);
    for (const { query, ready } of PRINTED_VIEWS) {
      await moveTo(page, query);
      await expect(page.locator(`[data-chart="${ready}"] [data-chart-body] svg`).first()).toBeVisible({
        timeout: 60_000,
      });
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 60_000 });
      await page.emulateMedia({ media: 'print' });
      const figures = await markFigures(page);
      expect(figures.length, query).toBeGreaterThan(0);
      const path = info.outputPath(`print${query.replace(/[?&=]/g, '-')}.pdf`);
      writeFileSync(path, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      const pages = pdfPageTexts(path);
      for (const [i, { id, title }] of figures.entries()) {
        const top = pagesWith(pages, `QQFIGTOP${i}QQ`);
        expect(top, `${query} ${id}: its start is printed once`).toHaveLength(1);
        expect(pagesWith(pages, `QQFIGCHART${i}QQ`), `${query} ${id}: chart on the title's page`).toEqual(top);
        expect(pagesWith(pages, `QQFIGEND${i}QQ`), `${query} ${id}: sources on the title's page`).toEqual(top);
        expect(pagesWith(pages, title.replace(/\s+/g, ' ')), `${query} ${id}: title`).toContain(top[0]);
      }
      // No page but the last left mostly empty (as when a title stayed behind its chart, or a figure drawn to
      // the page's width could not follow the view's opening).
      const fill = pageFill(path);
      expect(fill).toHaveLength(pages.length);
      for (const [n, share] of fill.slice(0, -1).entries())
        expect(share, `${query}: page ${n + 1} of ${pages.length} is filled`).toBeGreaterThan(0.4);
      const all = pages.join(' ');
      expect(all, query).not.toMatch(/DuckDB (siap|ready)|rows loaded|baris dimuat/);
      await page.emulateMedia({ media: 'screen' });
      await page.locator('[data-qq]').evaluateAll((marks) => marks.forEach((m) => m.remove()));
    }
    expect(record.consoleErrors).toEqual([]);
    expect(record.outside).toEqual([]);
  });
});
