import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures.ts';

/** Clicks a figure's CSV download and returns its lines (without the byte-order mark and the final line break). */
async function figureCsv(page: Page, chart: string): Promise<string[]> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`[data-chart="${chart}"] [data-download="csv"]`).click(),
  ]);
  return fs
    .readFileSync((await download.path())!, 'utf8')
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
}

/** A chart's line or band by the name its <title> gives it. */
function seriesPath(page: Page, chart: string, name: string) {
  return page
    .locator(`[data-chart="${chart}"]`)
    .locator(`xpath=.//*[local-name()="path"][*[local-name()="title"][normalize-space()="${name}"]]`);
}

test.describe('Targets view', () => {
  test('shows Kaltim 3% in 2026 as limited progress with R = 0,22 = −0,47 ÷ −2,17, in words', async ({
    page,
    record,
  }) => {
    await openApp(page, '?view=targets');
    const card = page.locator('[data-target="64-2026"]');
    await expect(card).toContainText('Kemajuan terbatas');
    await expect(card).toContainText('R = 0,22');
    await expect(card).toContainText('−0,47 poin ÷ −2,17 poin');
    await expect(card).toContainText('Proyeksi 2026 jika laju terakhir berlanjut 4,70%');
    await expect(card.locator('[data-status="limited-progress"]')).toBeVisible();
    await expect(page.locator('[data-target="64-2022"]')).toContainText('Tahun target lewat (tidak tercapai)');
    await expect(page.locator('[data-target="6403-2025"]')).toContainText('Tercapai');
    await expect(page.locator('[data-target="64-2029"]')).toContainText('Sesuai jalur');
    // The 2029 range is drawn as a band.
    await expect(seriesPath(page, 'targets-64', 'Target 2029')).toHaveCount(1);
    expect(record.consoleErrors).toEqual([]);
    expect(record.outside).toEqual([]);
  });

  test('moves the scenario when an assumption changes, and keeps it in the link', async ({ page, record }) => {
    await openApp(page, '?view=targets');
    const value = page.locator('[data-scenario-value]');
    const path = seriesPath(page, 'scenario', 'Skenario');
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

  test('adds a target in the form, marks it as entered by the user, and refuses invalid input', async ({
    page,
    record,
  }) => {
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

  test('states each chart in a sentence from the data, and downloads its table with plain numbers', async ({
    page,
    record,
  }) => {
    await openApp(page, '?view=targets');
    const kaltim = page.locator('[data-chart="targets-64"] [data-summary]');
    const scenario = page.locator('[data-chart="scenario"] [data-summary]');
    await expect(kaltim).toHaveText(
      'Kaltim 5,17% (Maret 2025), target 3% pada 2026: belum di jalur, kemajuan terbatas — perlu turun 2,17 poin per tahun',
    );
    await expect(page.locator('[data-chart="targets-6403"] [data-summary]')).toHaveText(
      'Kukar 6,72% (Maret 2025), target 7% pada 2025: tercapai',
    );
    await expect(page.locator('[data-chart="targets-6411"] [data-summary]')).toHaveText(
      'Mahulu 10,09% (Maret 2025); target 9,83% pada 2024 tidak tercapai (10,75% pada Maret 2024)',
    );
    await expect(scenario).toHaveText(
      'Dengan 1.500 keluarga per tahun (50% keluar dari kemiskinan) ditambah laju terakhir, Kaltim diproyeksikan 4,63% pada Maret 2026 — target 3% tidak tercapai, masih 1,63 poin di atasnya',
    );

    const id = await figureCsv(page, 'targets-64');
    expect(id[0]).toBe('Tahun;Maret (BPS);Proyeksi tren;Pita proyeksi, bawah;Pita proyeksi, atas;Target;Status target');
    expect(id).toContain('2022;6,31;;;;6,15;Tahun target lewat (tidak tercapai)');
    expect(id.find((line) => line.startsWith('2026;'))).toMatch(/^2026;;\d+,\d+;\d+,\d+;\d+,\d+;3;Kemajuan terbatas$/);
    expect(id.find((line) => line.startsWith('2025;'))).toBe('2025;5,17;5,17;5,17;5,17;;–');
    expect(id.find((line) => line.startsWith('2029;'))).toMatch(/;2,3–3,3%;Sesuai jalur$/);
    const plan = await figureCsv(page, 'scenario');
    expect(plan[0]).toBe('Tahun;Skenario;Proyeksi tren;Jalur yang diperlukan');
    expect(plan[1]).toBe('2025;5,17;5,17;5,17');
    expect(plan[2]).toMatch(/^2026;4,629\d*;4,7;3$/);

    await page.getByRole('button', { name: 'English' }).click();
    await expect(page).toHaveURL(/lang=en/);
    await expect(kaltim).toHaveText(
      'Kaltim 5.17% (March 2025), target 3% by 2026: off track, limited progress — needs to fall 2.17 points a year',
    );
    await expect(scenario).toHaveText(
      'With 1,500 families a year (50% leaving poverty) on top of the recent pace, Kaltim is projected at 4.63% in March 2026 — the 3% target is missed by 1.63 points',
    );
    const en = await figureCsv(page, 'targets-64');
    expect(en[0]).toBe(
      'Year,March (BPS),Trend projection,"Projection band, low","Projection band, high",Target,Target status',
    );
    expect(en).toContain('2022,6.31,,,,6.15,Target year past (missed)');
    expect(en.find((line) => line.startsWith('2026,'))).toMatch(
      /^2026,,\d+\.\d+,\d+\.\d+,\d+\.\d+,3,Limited progress$/,
    );
    expect(record.consoleErrors).toEqual([]);
    expect(record.outside).toEqual([]);
  });
});
