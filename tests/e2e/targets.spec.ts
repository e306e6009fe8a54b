import { test, expect, openApp } from './fixtures.ts';

test.describe('Targets view', () => {
  test('shows Kaltim 3% in 2026 as limited progress with R 0,38, in words', async ({ page, record }) => {
    await openApp(page, '?view=targets');
    const card = page.locator('[data-target="64-2026"]');
    await expect(card).toContainText('Kemajuan terbatas');
    await expect(card).toContainText('R = 0,38');
    await expect(card.locator('[data-status="limited-progress"]')).toBeVisible();
    await expect(page.locator('[data-target="64-2022"]')).toContainText('Tahun target lewat (tidak tercapai)');
    await expect(page.locator('[data-target="6403-2025"]')).toContainText('Tercapai');
    await expect(page.locator('[data-target="64-2029"]')).toContainText('Perlu percepatan');
    // The 2029 range is drawn as a band.
    await expect(page.locator('[data-chart="targets-64"] path[aria-label="Target 2029"]')).toHaveCount(1);
    expect(record.consoleErrors).toEqual([]);
    expect(record.outside).toEqual([]);
  });

  test('moves the scenario when an assumption changes, and keeps it in the link', async ({ page, record }) => {
    await openApp(page, '?view=targets');
    const value = page.locator('[data-scenario-value]');
    const path = page.locator('[data-chart="scenario"] path[aria-label="Skenario"]');
    await expect(value).toHaveText('4,63%');
    const before = await path.getAttribute('d');

    await page.locator('input[name="families"]').fill('20000');
    await expect(value).not.toHaveText('4,63%');
    await expect.poll(() => path.getAttribute('d')).not.toBe(before);
    await expect(page).toHaveURL(/fam=20000/);

    await page.getByLabel('Penurunan per tahun (poin)').check();
    await page.locator('input[name="points"]').fill('2.17');
    await expect(value).toHaveText('3,00%');
    await expect(page.locator('.verdict')).toContainText('mencapai target 3%');
    await expect(page).toHaveURL(/mode=points/);
    await expect(page).toHaveURL(/pp=2\.17/);
    expect(record.consoleErrors).toEqual([]);
    expect(record.outside).toEqual([]);
  });

  test('restores the scenario from a shared link', async ({ page, record }) => {
    await openApp(page, '?view=targets&mode=points&pp=1');
    await expect(page.locator('[data-scenario-value]')).toHaveText('4,17%');
    await expect(page.locator('input[name="points"]')).toHaveValue('1');
    expect(record.consoleErrors).toEqual([]);
    expect(record.outside).toEqual([]);
  });

  test('adds a target in the form, marks it as entered by the user, and refuses invalid input', async ({ page, record }) => {
    await openApp(page, '?view=targets');
    const form = page.locator('.target-form');
    await form.locator('select[name="area"]').selectOption('6403');
    await form.locator('input[name="year"]').fill('1999');
    await form.locator('input[name="value"]').fill('6,5');
    await form.locator('input[name="document"]').fill('Uji e2e');
    await form.getByRole('button', { name: 'Simpan target' }).click();
    await expect(form.getByRole('alert')).toContainText('2000–2100');
    await expect(page.locator('[data-target="6403-1999"]')).toHaveCount(0);

    await form.locator('input[name="year"]').fill('2027');
    await form.getByRole('button', { name: 'Simpan target' }).click();
    await expect(form.getByRole('status')).toContainText('Kutai Kartanegara 2027');
    const card = page.locator('[data-target="6403-2027"]');
    await expect(card).toContainText('Target 2027: 6,5%');
    await expect(card).toContainText('Dimasukkan pengguna');
    await expect(card.locator('[data-status]')).toBeVisible();

    // The new target is data: the planner can now plan for Kukar.
    await page.locator('.planner select').first().selectOption('6403');
    await expect(page.locator('.planner')).toContainText('6,5% pada 2027');
    await expect(page.locator('[data-scenario-value]')).toBeVisible();

    // It is kept in this browser: a reload still shows it, and restoring the bundled data removes it.
    await page.reload();
    await expect(page.locator('[data-target="6403-2027"]')).toContainText('Dimasukkan pengguna', { timeout: 60_000 });
    await expect(page.locator('.status[data-holds="user"]')).toContainText('Target');
    await page.getByRole('button', { name: 'Kembalikan data bawaan' }).click();
    await expect(page.locator('[data-target="6403-2027"]')).toHaveCount(0);
    await expect(page.locator('[data-target="64-2026"]')).toBeVisible();
    expect(record.consoleErrors).toEqual([]);
    expect(record.outside).toEqual([]);
  });
});
