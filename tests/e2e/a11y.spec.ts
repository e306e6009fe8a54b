import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, openApp, moveTo } from './fixtures.ts';

/** axe-core's serious and critical findings on the page as it is now (WCAG 2.1 A and AA rules). */
async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 5)
          .join(' | ')}`,
    );
}

/** Waits until a view has drawn its content (its figures, or its main block). */
async function viewReady(page: Page, view: string): Promise<void> {
  const ready: Record<string, string> = {
    overview: '[data-chart="overview"] svg',
    district: '[data-chart^="district-"] svg',
    districts: '[data-chart="districts"] svg',
    targets: '[data-chart="scenario"] svg',
    coverage: '[data-chart="coverage-map"] svg',
    overlap: '[data-chart="overlap-desil"] svg',
    data: '[data-dataset]',
  };
  await expect(page.locator(ready[view]!).first()).toBeVisible({ timeout: 60_000 });
}

const VIEWS = ['overview', 'district', 'districts', 'targets', 'coverage', 'overlap', 'data'];

// One test per language: the views are visited in one page, as back/forward would, so DuckDB starts once.
test.describe('axe-core finds no serious or critical violation', () => {
  for (const lang of ['id', 'en']) {
    test(`every view, lang=${lang}`, async ({ page, record }) => {
      test.setTimeout(240_000);
      await openApp(page, `?lang=${lang}`);
      for (const view of VIEWS) {
        await moveTo(page, `?view=${view}&lang=${lang}`);
        await viewReady(page, view);
        // The data tables are checked too: open every figure's table.
        for (const details of await page.locator('figure details').all())
          await details.evaluate((d) => ((d as HTMLDetailsElement).open = true));
        expect(await seriousViolations(page), `${view}, ${lang}`).toEqual([]);
      }
      expect(record.outside).toEqual([]);
    });
  }
});

test.describe('accessibility', () => {
  test('axe-core finds no serious or critical violation on presentation slides', async ({ page, record }) => {
    await openApp(page);
    for (const slide of ['overview', 'coverage-map', 'overlap-months']) {
      await moveTo(page, `?present=${slide}`);
      await expect(page.locator(`[data-slide="${slide}"] figure [data-chart-body] svg`).first()).toBeVisible({
        timeout: 60_000,
      });
      expect(await seriousViolations(page), slide).toEqual([]);
    }
    expect(record.outside).toEqual([]);
  });

  test('every control of a view is reached by the Tab key, with a visible focus ring', async ({ page, record }) => {
    await openApp(page);
    for (const view of ['overview', 'targets', 'coverage', 'overlap']) {
      await moveTo(page, `?view=${view}`);
      await viewReady(page, view);
      const ids = await page.evaluate(() => {
        const selector =
          'a[href], button:not([disabled]), select:not([disabled]), input:not([disabled]), textarea, summary, [tabindex="0"]';
        // checkVisibility: the links inside a closed <details> (a condensed source list) are not on screen.
        const visible = (e: Element) => e.checkVisibility() || getComputedStyle(e).position === 'fixed';
        // A radio group is one stop (arrow keys move inside it), so its radios share one id.
        const ids = [...document.querySelectorAll(selector)].filter(visible).map((e, i) => {
          const id = e.matches('input[type="radio"][name]') ? `radio-${e.getAttribute('name')}` : String(i);
          e.setAttribute('data-tab-id', id);
          return id;
        });
        return [...new Set(ids)];
      });
      const reached = new Set<string>();
      const outlines = new Set<string>();
      await page.locator('body').focus();
      // Scrolling boxes (tables, source lists) are tab stops too, so allow more presses than controls.
      for (let i = 0; i < ids.length * 2 + 20 && reached.size < ids.length; i++) {
        await page.keyboard.press('Tab');
        const seen = await page.evaluate(() => {
          const el = document.activeElement;
          const style = el ? getComputedStyle(el) : null;
          return {
            id: el?.getAttribute('data-tab-id') ?? null,
            ring: style ? `${style.outlineStyle} ${style.outlineWidth}` : '',
          };
        });
        if (seen.id !== null) reached.add(seen.id);
        outlines.add(seen.ring);
      }
      expect(
        ids.filter((id) => !reached.has(id)),
        `${view}: controls never focused`,
      ).toEqual([]);
      expect(
        [...outlines].some((o) => o.startsWith('solid')),
        `${view}: a focus ring`,
      ).toBe(true);
    }
    expect(record.outside).toEqual([]);
  });

  test('statuses are words with icons, not colours alone, and every chart has a text summary and a data table', async ({
    page,
    record,
  }) => {
    await openApp(page, '?view=targets');
    await viewReady(page, 'targets');
    const chips = page.locator('.chip[data-status]');
    expect(await chips.count()).toBeGreaterThan(5);
    for (const chip of await chips.all()) {
      await expect(chip).toHaveText(/\p{L}{3,}/u);
      await expect(chip.locator('svg')).toHaveCount(1);
    }
    for (const view of ['overview', 'district', 'districts', 'targets', 'coverage', 'overlap']) {
      await moveTo(page, `?view=${view}`);
      await viewReady(page, view);
      for (const figure of await page.locator('figure[data-chart]').all()) {
        await expect(figure.locator('[data-summary]')).toHaveText(/\p{L}.{20,}/u);
        await expect(figure.locator('details table')).toHaveCount(1);
        await expect(
          figure.locator('[data-chart-body] svg:is([role="img"], [role="group"])[aria-label]').first(),
        ).toBeAttached();
      }
    }
    expect(record.outside).toEqual([]);
  });
});
