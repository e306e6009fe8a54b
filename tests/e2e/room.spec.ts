import type { Page } from '@playwright/test';
import { test, expect, openApp, moveTo } from './fixtures.ts';
import { ENGLISH_WORDS, INDONESIAN_WORDS, wordsIn } from '../unit/i18n/language-words.ts';

const VIEWS = ['overview', 'district&area=6403', 'districts', 'targets', 'coverage'] as const;

/** Moves to a view and waits until its first figure is drawn. */
async function showView(page: Page, view: string, lang: 'id' | 'en'): Promise<void> {
  await moveTo(page, `?view=${view}&lang=${lang}`);
  await expect(page.locator('[data-chart] svg').first()).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 60_000 });
}

/** Words of four letters or more that the layout split across two lines, and how far the page overflows sideways. */
function layoutFaults(page: Page): Promise<{ overflow: number; split: string[] }> {
  return page.evaluate(() => {
    const split = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of (node.textContent ?? '').matchAll(/\p{L}{4,}/gu)) {
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const tops = [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top));
        if (new Set(tops).size > 1) split.add(match[0]);
      }
    }
    return { overflow: document.documentElement.scrollWidth - innerWidth, split: [...split] };
  });
}

test.describe('in the room: a one-row app bar, the first chart above the fold', () => {
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const)
    for (const lang of ['id', 'en'] as const)
      test(`${width}×${height}, lang=${lang}: the bar is one row of at most 64 px with every control in view`, async ({
        page,
        record,
      }) => {
        test.setTimeout(120_000);
        await page.setViewportSize({ width, height });
        await openApp(page, `?lang=${lang}`);
        for (const view of VIEWS) {
          await showView(page, view, lang);
          const bar = await page.locator('header.top').boundingBox();
          expect(bar!.height, view).toBeLessThanOrEqual(64);
          for (const control of await page.locator('header.top button:visible').all()) {
            const box = (await control.boundingBox())!;
            expect(box.x + box.width, `${view}: ${await control.textContent()}`).toBeLessThanOrEqual(width);
            expect(box.y + box.height, view).toBeLessThanOrEqual(bar!.height);
          }
          // The view in use is the one pressed button.
          await expect(page.locator('header.top nav button[aria-current="page"]')).toHaveCount(1);
          const first = await page.locator('[data-chart]').first().boundingBox();
          expect(first!.y, `${view}: first chart`).toBeLessThan(height);
          expect((await layoutFaults(page)).overflow, view).toBeLessThanOrEqual(0);
        }
        expect(record.outside).toEqual([]);
      });

  test('the overlap check, once its register is loaded, shows its first chart above the fold at 1280×720', async ({
    page,
    record,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1280, height: 720 });
    await openApp(page, '?view=overlap');
    await expect(page.locator('[data-chart="overlap-districts"], [data-chart]').first()).toBeVisible({
      timeout: 90_000,
    });
    await expect(page.getByText('Memuat daftar penerima sintetis')).toHaveCount(0, { timeout: 90_000 });
    expect((await page.locator('[data-chart]').first().boundingBox())!.y).toBeLessThan(720);
    expect(record.outside).toEqual([]);
  });
});

const SLIDES = [
  'overview',
  'kukar',
  'districts',
  'targets-64',
  'targets-6403',
  'scenario',
  'coverage-map',
  'coverage-scatter',
  'overlap-months',
  'overlap-districts',
  'overlap-desil',
];

test.describe('slides for the room', () => {
  for (const [width, height, lang, minText] of [
    [1280, 720, 'id', 18],
    [1280, 720, 'en', 18],
    [1920, 1080, 'id', 27],
    [1920, 1080, 'en', 27],
  ] as const)
    test(`${width}×${height}, lang=${lang}: every slide fits with its controls in view, chart text at least ${minText} px`, async ({
      page,
      record,
    }) => {
      test.setTimeout(150_000);
      await page.setViewportSize({ width, height });
      await openApp(page, `?lang=${lang}`);
      for (const slide of SLIDES) {
        await moveTo(page, `?lang=${lang}&present=${slide}`);
        const deck = page.locator(`.deck[data-present="${slide}"]`);
        await expect(deck.locator('[data-chart] svg').first()).toBeVisible({ timeout: 90_000 });
        await expect(deck.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 90_000 });
        const fit = await page.evaluate(() => {
          const box = document.querySelector('.deck')!;
          const bottoms = [...document.querySelectorAll('.deck button')].map((b) => b.getBoundingClientRect().bottom);
          const sizes = [...document.querySelectorAll('.deck [data-chart] svg text')]
            .filter((t) => t.getClientRects().length > 0)
            .map((t) => parseFloat(getComputedStyle(t).fontSize) * ((t as SVGTextElement).getScreenCTM()?.a ?? 1));
          return {
            overflow: box.scrollHeight - box.clientHeight,
            controlsBelow: Math.max(...bottoms) - innerHeight,
            smallest: Math.min(...sizes),
          };
        });
        expect(fit.overflow, slide).toBeLessThanOrEqual(0);
        expect(fit.controlsBelow, slide).toBeLessThanOrEqual(0);
        expect(fit.smallest, slide).toBeGreaterThanOrEqual(minText - 0.01);
        // Sources on a slide are one line.
        const sources = deck.locator('footer.sources');
        for (const footer of await sources.all()) expect((await footer.boundingBox())!.height, slide).toBeLessThan(40);
        // No word of the other language: the slide's own text, less its sources (publishers' names stay as
        // published) and anything quoted from data.
        const text = await deck.evaluate((el) => {
          const copy = el.cloneNode(true) as HTMLElement;
          copy.querySelectorAll('.sources, code').forEach((n) => n.remove());
          return copy.innerText || copy.textContent || '';
        });
        expect(wordsIn(text, lang === 'id' ? INDONESIAN_WORDS : ENGLISH_WORDS).length, slide).toBeGreaterThan(0);
        const other = lang === 'id' ? ENGLISH_WORDS : INDONESIAN_WORDS;
        expect(wordsIn(text.replace(/"[^"\n]*"/g, ' '), other), slide).toEqual([]);
      }
      expect(record.outside).toEqual([]);
    });
});

test.describe('the briefing pack', () => {
  test('one action from the deck opens every slide as a 16:9 page with its link and the date; its PDF has one page per slide', async ({
    page,
    record,
  }) => {
    test.setTimeout(150_000);
    await openApp(page);
    await moveTo(page, '?present=kukar');
    await page.getByRole('button', { name: 'Paket briefing (PDF)' }).click();
    await expect(page).toHaveURL(/present=briefing/);
    const pages = page.locator('[data-briefing] .page');
    await expect(pages).toHaveCount(SLIDES.length);
    // Every page has drawn its chart (the overlap slides wait for the register).
    await page.waitForFunction(
      () => [...document.querySelectorAll('[data-briefing] .page')].every((p) => p.querySelector('[data-chart] svg')),
      null,
      { timeout: 90_000 },
    );
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 90_000 });
    await expect(pages.nth(1).locator('.foot')).toContainText('Slide 2 dari 11');
    await expect(pages.nth(1).locator('.foot .link')).toHaveText(/\?present=kukar$/);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-briefing] .tools')).toBeHidden();
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*[\d.]+\s+[\d.]+\s+([\d.]+)\s+([\d.]+)\s*\]/g)];
    expect(boxes).toHaveLength(SLIDES.length);
    for (const [, w, h] of boxes) expect(Number(w) / Number(h)).toBeCloseTo(16 / 9, 1);
    expect(record.outside).toEqual([]);
  });
});

test.describe('sharing', () => {
  test('"Salin tautan" puts the link that reproduces the view on the clipboard, and says so', async ({
    page,
    record,
  }) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await openApp(page, '?view=coverage&cyear=2024&cprog=pkh');
    await page.getByRole('button', { name: 'Salin tautan' }).click();
    await expect(page.getByTestId('copy-status')).toHaveText(
      'Tautan disalin: tautan ini membuka tampilan ini persis seperti sekarang.',
    );
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).searchParams.get('view')).toBe('coverage');
    expect(new URL(copied).searchParams.get('cyear')).toBe('2024');
    expect(new URL(copied).searchParams.get('cprog')).toBe('pkh');
    expect(copied).toBe(page.url());

    // Each chart has its own link: the view's link with the chart's anchor, which opens scrolled to it.
    const scatter = page.locator('[data-chart="coverage-scatter"]');
    await scatter.getByRole('button', { name: 'Tautan grafik' }).click();
    await expect(scatter.getByRole('status')).toHaveText('Tautan ke grafik ini disalin.');
    const chartLink = await page.evaluate(() => navigator.clipboard.readText());
    expect(chartLink).toBe(`${page.url()}#figure-coverage-scatter`);
    const fresh = await page.context().newPage();
    await fresh.goto(chartLink);
    await expect(fresh.locator('#figure-coverage-scatter [data-chart-body] svg')).toBeVisible({ timeout: 60_000 });
    await expect(fresh.locator('#figure-coverage-scatter')).toBeInViewport();
    expect(await fresh.evaluate(() => scrollY)).toBeGreaterThan(200);
    expect(record.outside).toEqual([]);
  });
});

test.describe('on a phone (390×844)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const lang of ['id', 'en'] as const)
    test(`lang=${lang}: the bar names the view and folds the rest into a menu; no page overflows, no word is split`, async ({
      page,
      record,
    }) => {
      test.setTimeout(120_000);
      await openApp(page, `?lang=${lang}`);
      const bar = page.locator('header.top');
      expect((await bar.boundingBox())!.height).toBeLessThanOrEqual(64);
      await expect(bar.locator('nav')).toBeHidden();
      await bar.getByRole('button', { name: 'Menu' }).click();
      await expect(bar.locator('nav')).toBeVisible();
      await bar.locator('nav button').nth(3).click();
      await expect(bar.locator('nav')).toBeHidden();
      await expect(page).toHaveURL(/view=targets/);
      for (const view of [...VIEWS, 'data']) {
        await moveTo(page, `?view=${view}&lang=${lang}`);
        if (view !== 'data') await expect(page.locator('[data-chart] svg').first()).toBeVisible({ timeout: 60_000 });
        await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 60_000 });
        expect(await layoutFaults(page), view).toEqual({ overflow: 0, split: [] });
      }
      expect(record.outside).toEqual([]);
    });
});
