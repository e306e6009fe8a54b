import { fileURLToPath } from 'node:url';
import { test, expect, openApp } from './fixtures.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

test.describe('coverage view', () => {
  test('tile map, scatter with its caveat, and the illustrative label, from DuckDB', async ({ page, record }) => {
    await openApp(page, '?view=coverage');
    await expect(page.locator('h1')).toHaveText('Cakupan program dibanding penduduk miskin, per kabupaten/kota (2025)');
    await expect(page.locator('[data-illustrative]')).toBeVisible();
    await expect(page.locator('[data-illustrative]')).toContainText('Data ilustratif');
    const map = page.locator('[data-chart="coverage-map"]');
    await expect(map.locator('.tile-map [role="button"]')).toHaveCount(10);
    await expect(map.locator('.tile-map rect[fill^="rgb"]')).toHaveCount(10);
    await expect(map.getByText('Peta skematis')).toBeVisible();
    const scatter = page.locator('[data-chart="coverage-scatter"]');
    await expect(scatter.locator('[data-caveat]')).toContainText('Korelasi bukan efek');
    await expect(scatter.locator('svg[role="img"] circle')).toHaveCount(9);
    await expect(scatter.getByText(/^Korelasi Pearson r = −?0,\d\d \(n = 9 kabupaten\/kota\)/)).toBeVisible();
    await expect(scatter.getByText('Tidak digambar', { exact: false })).toContainText('PPU');
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
    await map.locator('input[type="file"]').setInputFiles(fixture('kaltim-boundaries.geojson'));
    await expect(map.getByText('kaltim-boundaries.geojson: 10 dari 10 wilayah di berkas cocok')).toBeVisible();
    const areas = map.locator('.geo-map path[role="button"]');
    await expect(areas).toHaveCount(10);
    await expect(map.locator('.geo-map path[role="button"][fill^="rgb"]')).toHaveCount(10);
    await expect(map.locator('.tile-map')).toHaveCount(0);
    await expect(areas.filter({ hasText: 'Mahakam Ulu' })).toHaveCount(1);
    await map.locator('input[type="file"]').setInputFiles(fixture('boundaries-broken.geojson'));
    await expect(map.getByRole('alert')).toContainText('Berkas boundaries-broken.geojson tidak dapat digambar: bukan JSON yang sah.');
    await expect(areas).toHaveCount(10);
    await map.getByRole('button', { name: 'Kembali ke peta skematis' }).click();
    await expect(map.locator('.tile-map [role="button"]')).toHaveCount(10);
    expect(record.outside).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
  });

  test('TopoJSON works too, and English switches every label', async ({ page, record }) => {
    await openApp(page, '?view=coverage&lang=en');
    await expect(page.locator('h1')).toHaveText('Programme coverage against people in poverty, by district (2025)');
    await expect(page.locator('[data-illustrative]')).toContainText('Illustrative data');
    const map = page.locator('[data-chart="coverage-map"]');
    await map.locator('input[type="file"]').setInputFiles(fixture('kaltim-boundaries.topojson'));
    await expect(map.locator('.geo-map path[role="button"]')).toHaveCount(10);
    await expect(map.getByText('of 10 areas in the file matched a district')).toBeVisible();
    expect(record.outside).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
  });
});
