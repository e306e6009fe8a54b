import { test, expect, openApp } from './fixtures.ts';

test.describe('share links', () => {
  test('a link reproduces the view; back and forward walk the views; malformed parameters are ignored', async ({
    page,
    record,
  }) => {
    await openApp(page, '?view=targets&lang=en&mode=points&pp=1');
    await expect(page.locator('[data-scenario-value]')).toHaveText('4.17%');
    await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');

    await page.getByRole('button', { name: 'Districts' }).click();
    await expect(page).toHaveURL(/view=districts/);
    await page.getByRole('button', { name: 'Kutai Kartanegara' }).click();
    await expect(page).toHaveURL(/view=district.*area=6403/);
    await page.goBack();
    await expect(page).toHaveURL(/view=districts/);
    await expect(page.getByRole('button', { name: 'Districts' })).toHaveAttribute('aria-current', 'page');
    await page.goBack();
    await expect(page.locator('[data-scenario-value]')).toHaveText('4.17%');
    await page.goForward();
    await expect(page.getByRole('button', { name: 'Districts' })).toHaveAttribute('aria-current', 'page');

    await openApp(page, '?view=nowhere&lang=xx&base=abc&pp=%%&cyear=-1&district=99999&unknown=1');
    await expect(page.getByRole('button', { name: 'Kaltim' })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('button', { name: 'Bahasa Indonesia' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('.cards').first()).toContainText('5,17%');
    expect(record.consoleErrors).toEqual([]);
    expect(record.outside).toEqual([]);
  });
});
