import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures.ts';

/** Downloads a figure's CSV and returns its lines (BOM and the last line break dropped). */
async function csvLines(page: Page, chart: string): Promise<string[]> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`[data-chart="${chart}"] [data-download="csv"]`).click(),
  ]);
  expect(file.suggestedFilename()).toBe(`pantau-${chart}.csv`);
  return readFileSync((await file.path())!, 'utf8')
    .replace(/^\uFEFF/, '')
    .replace(/\r\n$/, '')
    .split('\r\n');
}

/** Switches the interface to English with the language button. */
async function toEnglish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page).toHaveURL(/lang=en/);
}

test.describe('Kaltim, Kukar and districts: summary sentences and CSV numbers', () => {
  test('overview: the summary says what 3% in 2026 needs against the recent pace; the CSV carries plain numbers', async ({
    page,
    record,
  }) => {
    await openApp(page);
    const summary = page.locator('[data-chart="overview"] [data-summary]');
    await expect(summary).toHaveText(
      'Kemiskinan Kaltim 5,17% (Maret 2025); mencapai 3% pada 2026 butuh turun 2,17 poin dalam 1 tahun, lebih cepat dari laju Maret 2023–2025 yang turun 0,47 poin per tahun',
    );
    const id = await csvLines(page, 'overview');
    expect(id[0]).toBe('Tahun;Periode;Persentase penduduk miskin;Penduduk miskin (ribu);Sumber');
    expect(id).toHaveLength(22);
    expect(id.find((l) => l.startsWith('2025;Maret;'))).toMatch(/^2025;Maret;5,17;199,71;/);
    expect(id.at(-1)).toMatch(/^2025;September;5,19;202,04;/);
    expect(id.find((l) => l.startsWith('2022;Maret;'))).toMatch(/^2022;Maret;6,31;;/);

    await toEnglish(page);
    await expect(summary).toHaveText(
      'Poverty in East Kalimantan was 5.17% in March 2025; reaching 3% by 2026 needs a fall of 2.17 points in 1 year, faster than the March 2023–2025 pace of 0.47 points a year',
    );
    const en = await csvLines(page, 'overview');
    expect(en[0]).toBe('Year,Period,Share of people in poverty,People in poverty (thousands),Source');
    expect(en.at(-1)).toMatch(/^2025,September,5\.19,202\.04,/);
    expect(record.outside).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
  });

  test('Kukar: the summary is the change between the latest two March years; the CSV carries plain numbers', async ({
    page,
    record,
  }) => {
    await openApp(page, '?view=kukar');
    const summary = page.locator('[data-chart="district-6403"] [data-summary]');
    await expect(summary).toHaveText('Kemiskinan Kukar turun 0,56 poin, dari 7,28% (2024) menjadi 6,72% (2025)');
    const id = await csvLines(page, 'district-6403');
    expect(id[0]).toBe('Tahun;Persentase penduduk miskin;Penduduk miskin (ribu);Sumber');
    expect(id).toHaveLength(9);
    expect(id[6]).toMatch(/^2023;7,61;60,857;/);
    expect(id[8]).toMatch(/^2025;6,72;;/);

    await toEnglish(page);
    await expect(summary).toHaveText('Poverty in Kukar fell 0.56 points, from 7.28% (2024) to 6.72% (2025)');
    const en = await csvLines(page, 'district-6403');
    expect(en[6]).toMatch(/^2023,7\.61,60\.857,/);
    expect(record.outside).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
  });

  test('districts: the summary follows the base year in the link; the CSV carries plain numbers', async ({
    page,
    record,
  }) => {
    await openApp(page, '?view=districts');
    const summary = page.locator('[data-chart="districts"] [data-summary]');
    await expect(summary).toHaveText(
      'Sejak 2020, kemiskinan turun di seluruh 10 kabupaten/kota; terendah Balikpapan 1,97% (2025), tertinggi Mahakam Ulu 10,09% (2025)',
    );
    const id = await csvLines(page, 'districts');
    expect(id[0]).toBe('Wilayah;Tahun dasar 2020;Terakhir;Tahun terakhir;Perubahan;Sumber');
    expect(id).toHaveLength(11);
    expect(id[1]).toMatch(/^Mahakam Ulu;11,44;10,09;2025;-1,35;/);
    expect(id.find((l) => l.startsWith('Kutai Kartanegara;'))).toMatch(/^Kutai Kartanegara;7,31;6,72;2025;-0,59;/);

    await page.getByLabel('Tahun dasar').selectOption('2012');
    await expect(summary).toHaveText(
      'Sejak 2012, kemiskinan turun di 3 dari 4 kabupaten/kota dengan angka 2012 dan sesudahnya; terendah Balikpapan 1,97% (2025), tertinggi Mahakam Ulu 10,09% (2025)',
    );
    const sparse = await csvLines(page, 'districts');
    expect(sparse[1]).toMatch(/^Mahakam Ulu;;10,09;2025;;/);

    await toEnglish(page);
    await expect(summary).toHaveText(
      'Since 2012, poverty has fallen in 3 of the 4 districts with rates for 2012 and later; lowest Balikpapan 1.97% (2025), highest Mahakam Ulu 10.09% (2025)',
    );
    await page.getByLabel('Base year').selectOption('2020');
    await expect(summary).toHaveText(
      'Since 2020, poverty has fallen in all 10 districts; lowest Balikpapan 1.97% (2025), highest Mahakam Ulu 10.09% (2025)',
    );
    const en = await csvLines(page, 'districts');
    expect(en[0]).toBe('Area,Base year 2020,Latest,Latest year,Change,Source');
    expect(en[1]).toMatch(/^Mahakam Ulu,11\.44,10\.09,2025,-1\.35,/);
    expect(record.outside).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
  });
});
