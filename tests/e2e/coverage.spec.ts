import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

/** Clicks a figure's CSV download and returns its text (BOM and final line break removed) as lines. */
async function figureCsv(page: Page, chart: string): Promise<string[]> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-chart="${chart}"] [data-download="csv"]`).click()]);
  return fs.readFileSync((await dl.path())!, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n$/, '').split('\r\n');
}

test.describe('coverage view', () => {
  test('tile map, scatter with its caveat, and the illustrative label, from DuckDB', async ({ page, record }) => {
    await openApp(page, '?view=coverage');
    await expect(page.locator('h1')).toHaveText('Cakupan program dibanding penduduk miskin, per kabupaten/kota (2025)');
    await expect(page.locator('[data-illustrative-banner]')).toContainText('Data ilustratif');
    const map = page.locator('[data-chart="coverage-map"]');
    await expect(map.locator('[data-illustrative]')).toHaveText('Ilustratif: bukan data resmi.');
    await expect(map.locator('.tile-map [role="button"]')).toHaveCount(10);
    await expect(map.locator('.tile-map rect[fill^="rgb"]')).toHaveCount(10);
    await expect(map.getByText('Peta skematis')).toBeVisible();
    const scatter = page.locator('[data-chart="coverage-scatter"]');
    await expect(scatter.locator('[data-illustrative]')).toHaveText('Ilustratif: bukan data resmi.');
    await expect(scatter.locator('[data-note]')).toContainText(/^Korelasi bukan efek/);
    await expect(scatter.locator('svg[role="img"] circle')).toHaveCount(9);
    await expect(scatter.locator('[data-note]')).toContainText(/Korelasi Pearson r = −?0,\d\d \(n = 9 kabupaten\/kota\)/);
    await expect(scatter.locator('[data-note]')).toContainText('Tidak digambar (tidak ada tingkat kemiskinan 2023 atau tidak ada program): PPU.');
    expect(record.outside).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
  });

  test('picking a district and a programme goes into the link and the tables follow', async ({ page, record }) => {
    await openApp(page, '?view=coverage');
    await page.locator('.tile-map [role="button"]', { hasText: 'Kukar' }).click();
    await expect(page).toHaveURL(/district=6403/);
    const detail = page.locator('[data-programmes]');
    await expect(detail.locator('h2')).toHaveText('Program di Kutai Kartanegara, 2025');
    await expect(detail.locator('tbody tr', { hasText: 'Perlindungan sosial (bantuan tunai)' })).toHaveCount(1);
    await page.locator('select[data-control="programme"]').selectOption('kukar_perlindungan');
    await expect(page).toHaveURL(/cprog=kukar_perlindungan/);
    await expect(page.locator('.tile-map rect[fill^="rgb"]')).toHaveCount(1);
    await page.reload();
    await expect(page.locator('[data-programmes] h2')).toHaveText('Program di Kutai Kartanegara, 2025', { timeout: 60_000 });
    await expect(page.locator('select[data-control="programme"]')).toHaveValue('kukar_perlindungan');
    expect(record.outside).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
  });

  test('a synthetic GeoJSON draws the choropleth, matched by code and by name; a broken one is refused and the map stays', async ({ page, record }) => {
    await openApp(page, '?view=coverage');
    const map = page.locator('[data-chart="coverage-map"]');
    // The file controls sit under the figure, not in it: they stay off slides and exported images.
    const files = page.locator('[data-boundaries]');
    await expect(map.locator('input[type="file"]')).toHaveCount(0);
    await files.locator('input[type="file"]').setInputFiles(fixture('kaltim-boundaries.geojson'));
    await expect(files.getByText('kaltim-boundaries.geojson: 10 dari 10 wilayah di berkas cocok')).toBeVisible();
    const areas = map.locator('.geo-map path[role="button"]');
    await expect(areas).toHaveCount(10);
    await expect(map.locator('.geo-map path[role="button"][fill^="rgb"]')).toHaveCount(10);
    await expect(map.locator('.tile-map')).toHaveCount(0);
    await expect(areas.filter({ hasText: 'Mahakam Ulu' })).toHaveCount(1);
    await files.locator('input[type="file"]').setInputFiles(fixture('boundaries-broken.geojson'));
    await expect(files.getByRole('alert')).toContainText('Berkas boundaries-broken.geojson tidak dapat digambar: bukan JSON yang sah.');
    await expect(areas).toHaveCount(10);
    await files.getByRole('button', { name: 'Kembali ke peta skematis' }).click();
    await expect(map.locator('.tile-map [role="button"]')).toHaveCount(10);
    expect(record.outside).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
  });

  test('TopoJSON works too, and English switches every label', async ({ page, record }) => {
    await openApp(page, '?view=coverage&lang=en');
    await expect(page.locator('h1')).toHaveText('Programme coverage against people in poverty, by district (2025)');
    await expect(page.locator('[data-illustrative-banner]')).toContainText('Illustrative data');
    const map = page.locator('[data-chart="coverage-map"]');
    await page.locator('[data-boundaries] input[type="file"]').setInputFiles(fixture('kaltim-boundaries.topojson'));
    await expect(map.locator('.geo-map path[role="button"]')).toHaveCount(10);
    await expect(page.locator('[data-boundaries]').getByText('of 10 areas in the file matched a district')).toBeVisible();
    expect(record.outside).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
  });

  test('each figure says what its data shows in one sentence, and its CSV carries plain numbers', async ({ page, record }) => {
    await openApp(page, '?view=coverage');
    const map = page.locator('[data-chart="coverage-map"]');
    const scatter = page.locator('[data-chart="coverage-scatter"]');
    await expect(map.locator('[data-summary]')).toHaveText('Cakupan semua program 2025 tertinggi di Kutai Kartanegara (114 per 100 penduduk miskin) dan terendah di Kutai Barat (48 per 100)');
    await expect(scatter.locator('[data-summary]')).toHaveText(
      'Di 9 kabupaten/kota, cakupan semua program 2025 yang lebih tinggi berkorelasi lemah dengan penurunan kemiskinan yang lebih besar 2023–2025 (r = −0,13) — korelasi, bukan sebab-akibat',
    );
    const mapCsv = await figureCsv(page, 'coverage-map');
    expect(mapCsv[0]).toBe('Wilayah;Per 100 penduduk miskin;Orang terjangkau;Penduduk miskin;Tahun data penduduk miskin');
    expect(mapCsv).toContain('Kutai Kartanegara;114,05;67290;59000;2024');
    const scatterCsv = await figureCsv(page, 'coverage-scatter');
    expect(scatterCsv[0]).toBe('Wilayah;Per 100 penduduk miskin;Perubahan sejak 2023 (poin);Sampai tahun');
    expect(scatterCsv).toContain('Kutai Kartanegara;114,05;-0,89;2025');
    expect(scatterCsv).toContain('Penajam Paser Utara;94,25;;');

    await openApp(page, '?view=coverage&lang=en');
    await expect(map.locator('[data-summary]')).toHaveText('In 2025, coverage of all programmes was highest in Kutai Kartanegara (114 per 100 people in poverty) and lowest in Kutai Barat (48 per 100)');
    await expect(scatter.locator('[data-summary]')).toHaveText(
      'Across 9 districts, higher coverage of all programmes in 2025 was weakly linked to larger falls in poverty from 2023 to 2025 (r = −0.13) — correlation, not cause',
    );
    await expect(map.locator('[data-illustrative]')).toHaveText('Illustrative: not official data.');
    const mapCsvEn = await figureCsv(page, 'coverage-map');
    expect(mapCsvEn[0]).toBe('Area,Per 100 people in poverty,People reached,People in poverty,Year of the poverty count');
    expect(mapCsvEn).toContain('Kutai Kartanegara,114.05,67290,59000,2024');
    const scatterCsvEn = await figureCsv(page, 'coverage-scatter');
    expect(scatterCsvEn).toContain('Kutai Kartanegara,114.05,-0.89,2025');
    expect(record.outside).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
  });
});
