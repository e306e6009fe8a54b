import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

/** Clicks a figure's CSV download and returns its text (BOM and final line break removed) as lines. */
async function figureCsv(page: Page, chart: string): Promise<string[]> {
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`[data-chart="${chart}"] [data-download="csv"]`).click(),
  ]);
  return fs
    .readFileSync((await dl.path())!, 'utf8')
    .replace(/^\uFEFF/, '')
    .replace(/\r\n$/, '')
    .split('\r\n');
}

const CREDIT = 'Batas wilayah: cahyadsn/wilayah_boundaries (MIT), Kepmendagri 300.2.2-2430/2025.';

test.describe('coverage view', () => {
  test('the real map of the ten districts by default, with its credit line; scatter with its caveat; labels per figure, from DuckDB', async ({
    page,
    record,
  }) => {
    await openApp(page, '?view=coverage');
    await expect(page.locator('h1')).toHaveText('Cakupan program dibanding penduduk miskin, per kabupaten/kota (2025)');
    // 2025: each district's total mixes the real UEP grant (150 each) with generated rows.
    await expect(page.locator('[data-illustrative-banner]')).toContainText('Sebagian data ilustratif');
    const map = page.locator('[data-chart="coverage-map"]');
    await expect(map.locator('.geo-map path[role="button"]')).toHaveCount(10);
    await expect(map.locator('.geo-map path[role="button"][fill^="rgb"]')).toHaveCount(10);
    await expect(map.locator('.tile-map')).toHaveCount(0);
    await expect(map.locator('[data-note]')).toContainText(CREDIT);
    await expect(map.locator('[data-illustrative]')).toHaveText('Ilustratif: bukan data resmi.');
    await expect(map.locator('.geo-map path[data-provenance="illustrative"]')).toHaveCount(10);
    await expect(map.locator('[data-legend] [data-swatch="hatched"]')).toHaveText(
      'Ilustratif: seluruhnya atau sebagian dibuat',
    );
    await expect(map.locator('.sources')).toContainText('niaga.asia');
    const scatter = page.locator('[data-chart="coverage-scatter"]');
    await expect(scatter.locator('[data-illustrative]')).toHaveText('Ilustratif: bukan data resmi.');
    await expect(scatter.locator('[data-note]')).toContainText(/^Korelasi bukan efek/);
    await expect(scatter.locator('svg[role="group"] circle')).toHaveCount(9);
    await expect(scatter.locator('[data-note]')).toContainText(
      /Korelasi Pearson r = −?0,\d\d \(n = 9 kabupaten\/kota\)/,
    );
    await expect(scatter.locator('[data-note]')).toContainText(
      'Tidak digambar (tidak ada tingkat kemiskinan 2023 atau tidak ada program): PPU.',
    );
    expect(record.outside).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
  });

  test('real and illustrative rows told apart: PKH 2024 has one real district (Berau), solid on the map, a filled dot, "bersumber" in the table', async ({
    page,
    record,
  }) => {
    await openApp(page, '?view=coverage&cyear=2024&cprog=pkh');
    const map = page.locator('[data-chart="coverage-map"]');
    await expect(map.locator('[data-illustrative]')).toHaveText(
      'Sebagian ilustratif: 1 dari 10 kabupaten/kota dari data bersumber (warna penuh); lainnya dibuat generator (diarsir), bukan data resmi.',
    );
    await expect(map.locator('.geo-map path[data-provenance="sourced"]')).toHaveCount(1);
    await expect(map.locator('.geo-map path[data-provenance="sourced"] title')).toContainText('Berau');
    await expect(map.locator('.geo-map path[data-provenance="illustrative"]')).toHaveCount(9);
    await expect(map.locator('[data-legend] [data-swatch="solid"]')).toHaveText('Bersumber: semua angka nyata');
    await expect(map.locator('[data-legend] [data-swatch="hatched"]')).toHaveText(
      'Ilustratif: seluruhnya atau sebagian dibuat',
    );
    await map.getByText('Tampilkan tabel data').click();
    const rows = map.locator('details tbody tr');
    await expect(rows.filter({ hasText: 'Berau' })).toContainText('bersumber');
    await expect(rows.filter({ hasText: 'Berau' })).toContainText('nomorsatukaltim.disway.id');
    await expect(rows.filter({ hasText: 'Paser' }).first()).toContainText('ilustratif');
    const csv = await figureCsv(page, 'coverage-map');
    expect(csv[0]).toBe(
      'Wilayah;Per 100 penduduk miskin;Orang terjangkau;Penduduk miskin;Tahun data penduduk miskin;Asal data;Sumber',
    );
    expect(csv.find((l) => l.startsWith('Berau;'))).toMatch(/;bersumber;https:\/\/nomorsatukaltim\.disway\.id\/\S+$/);
    expect(csv.find((l) => l.startsWith('Paser;'))).toMatch(/;ilustratif;$/);
    const scatter = page.locator('[data-chart="coverage-scatter"]');
    await expect(scatter.locator('[data-legend]')).toContainText('Bersumber: semua angka nyata');
    await expect(scatter.locator('svg[role="group"] circle[fill="white"]')).toHaveCount(
      (await scatter.locator('svg[role="group"] circle').count()) - 1,
    );
    expect(record.outside).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
  });

  test('BLT Dana Desa 2023 alone: every figure real, no illustrative label anywhere, the three kota "not applicable"', async ({
    page,
    record,
  }) => {
    await openApp(page, '?view=coverage&cyear=2023&cprog=blt_dana_desa');
    await expect(page.locator('select[data-control="programme"]')).toHaveValue('blt_dana_desa');
    const map = page.locator('[data-chart="coverage-map"]');
    await expect(map.locator('.geo-map path[data-provenance="sourced"]')).toHaveCount(7);
    await expect(map.locator('[data-legend] [data-swatch="muted"]')).toHaveText(
      'Tidak berlaku (kota tidak punya desa)',
    );
    await expect(map.locator('[data-legend] [data-swatch="hatched"]')).toHaveCount(0);
    await expect(map.locator('[data-summary]')).toContainText('tidak berlaku di Balikpapan, Samarinda dan Bontang');
    await expect(page.locator('[data-illustrative], [data-illustrative-banner]')).toHaveCount(0);
    await expect(map.locator('.sources')).toContainText('kaltim.antaranews.com');
    const csv = await figureCsv(page, 'coverage-map');
    expect(csv.find((l) => l.startsWith('Samarinda;'))).toBe('Samarinda;;;;;tidak berlaku;');
    expect(csv.find((l) => l.startsWith('Paser;'))).toMatch(/;bersumber;https:\/\/kaltim\.antaranews\.com\//);
    await expect(page.locator('[data-chart="coverage-scatter"] [data-note]')).toContainText(
      'Tidak berlaku (kota tidak punya desa): Balikpapan, Samarinda, Bontang.',
    );

    await openApp(page, '?view=coverage&cyear=2023&cprog=blt_dana_desa&lang=en');
    await expect(map.locator('[data-legend] [data-swatch="muted"]')).toHaveText('Not applicable (a kota has no desa)');
    await expect(map.locator('[data-note]')).toContainText(
      'Boundaries: cahyadsn/wilayah_boundaries (MIT), Kepmendagri 300.2.2-2430/2025.',
    );
    await expect(page.locator('[data-illustrative], [data-illustrative-banner]')).toHaveCount(0);
    expect(record.outside).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
  });

  test('picking a district and a programme goes into the link and the tables follow', async ({ page, record }) => {
    await openApp(page, '?view=coverage');
    await page.locator('.geo-map path[role="button"]', { hasText: 'Kutai Kartanegara' }).click();
    await expect(page).toHaveURL(/district=6403/);
    const detail = page.locator('[data-programmes]');
    await expect(detail.locator('h2')).toHaveText('Program di Kutai Kartanegara, 2025');
    await expect(detail.locator('tbody tr', { hasText: 'Perlindungan sosial (bantuan tunai)' })).toContainText(
      'ilustratif',
    );
    await expect(detail.locator('tbody tr', { hasText: 'Bantuan pangan (permakanan' })).toContainText(
      'Dinas Sosial Kabupaten Kutai Kartanegara: https://samasisi.com/',
    );
    await page.locator('select[data-control="programme"]').selectOption('kukar_perlindungan');
    await expect(page).toHaveURL(/cprog=kukar_perlindungan/);
    await expect(page.locator('.geo-map path[role="button"][fill^="rgb"]')).toHaveCount(1);
    await page.reload();
    await expect(page.locator('[data-programmes] h2')).toHaveText('Program di Kutai Kartanegara, 2025', {
      timeout: 60_000,
    });
    await expect(page.locator('select[data-control="programme"]')).toHaveValue('kukar_perlindungan');
    expect(record.outside).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
  });

  test('the schematic tile map is a choice; the link keeps the view', async ({ page, record }) => {
    await openApp(page, '?view=coverage');
    const map = page.locator('[data-chart="coverage-map"]');
    await expect(map.locator('.geo-map path[role="button"]')).toHaveCount(10);
    await page.locator('[data-map-kind="tiles"]').check();
    await expect(map.locator('.tile-map [role="button"]')).toHaveCount(10);
    await expect(map.locator('.tile-map rect[data-provenance="illustrative"]')).toHaveCount(10);
    await expect(map.getByText('Peta skematis')).toBeVisible();
    await expect(map.locator('[data-note]')).not.toContainText('cahyadsn');
    await page.locator('[data-map-kind="geo"]').check();
    await expect(map.locator('.geo-map path[role="button"]')).toHaveCount(10);
    expect(record.outside).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
  });

  test("a user's GeoJSON replaces the bundled map for the session, matched by code and by name; a broken one, or one matching no district, is refused and the map stays", async ({
    page,
    record,
  }) => {
    await openApp(page, '?view=coverage');
    const map = page.locator('[data-chart="coverage-map"]');
    // The file controls sit under the figure, not in it: they stay off slides and exported images.
    const files = page.locator('[data-boundaries]');
    await expect(map.locator('input[type="file"]')).toHaveCount(0);
    await expect(map.locator('.geo-map path[role="button"]')).toHaveCount(10);
    await files.locator('input[type="file"]').setInputFiles(fixture('kaltim-boundaries.geojson'));
    await expect(files.getByText('kaltim-boundaries.geojson: 10 dari 10 wilayah di berkas cocok')).toBeVisible();
    await expect(map.locator('[data-note]')).toContainText('Batas wilayah: berkas Anda (kaltim-boundaries.geojson).');
    await expect(map.locator('[data-note]')).not.toContainText('cahyadsn');
    const areas = map.locator('.geo-map path[role="button"]');
    await expect(areas).toHaveCount(10);
    await expect(map.locator('.geo-map path[role="button"][fill^="rgb"]')).toHaveCount(10);
    await expect(areas.filter({ hasText: 'Mahakam Ulu' })).toHaveCount(1);
    await files.locator('input[type="file"]').setInputFiles(fixture('boundaries-broken.geojson'));
    await expect(files.getByRole('alert')).toContainText(
      'Berkas boundaries-broken.geojson tidak dapat digambar: bukan JSON yang sah.',
    );
    await expect(areas).toHaveCount(10);
    await files.locator('input[type="file"]').setInputFiles(fixture('boundaries-no-match.geojson'));
    await expect(files.getByRole('alert')).toContainText(
      'Berkas boundaries-no-match.geojson tidak dapat digambar: tidak ada wilayah di berkas yang cocok dengan kabupaten/kota mana pun',
    );
    await expect(map.locator('[data-note]')).toContainText('berkas Anda (kaltim-boundaries.geojson)');
    await expect(areas).toHaveCount(10);
    await files.getByRole('button', { name: 'Kembali ke batas wilayah bawaan' }).click();
    await expect(map.locator('[data-note]')).toContainText(CREDIT);
    await expect(areas).toHaveCount(10);
    expect(record.outside).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
  });

  test('TopoJSON works too, and English switches every label', async ({ page, record }) => {
    await openApp(page, '?view=coverage&lang=en');
    await expect(page.locator('h1')).toHaveText('Programme coverage against people in poverty, by district (2025)');
    await expect(page.locator('[data-illustrative-banner]')).toContainText('Partly illustrative data');
    const map = page.locator('[data-chart="coverage-map"]');
    await expect(map.locator('[data-note]')).toContainText('Boundaries: cahyadsn/wilayah_boundaries (MIT)');
    await page.locator('[data-boundaries] input[type="file"]').setInputFiles(fixture('kaltim-boundaries.topojson'));
    await expect(map.locator('.geo-map path[role="button"]')).toHaveCount(10);
    await expect(
      page.locator('[data-boundaries]').getByText('of 10 areas in the file matched a district'),
    ).toBeVisible();
    expect(record.outside).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
  });

  test("each figure says what its data shows in one sentence, and its CSV carries plain numbers and each row's origin", async ({
    page,
    record,
  }) => {
    await openApp(page, '?view=coverage');
    const map = page.locator('[data-chart="coverage-map"]');
    const scatter = page.locator('[data-chart="coverage-scatter"]');
    await expect(map.locator('[data-summary]')).toHaveText(
      'Cakupan semua program 2025 tertinggi di Kutai Kartanegara (108 per 100 penduduk miskin) dan terendah di Kutai Barat (49 per 100)',
    );
    await expect(scatter.locator('[data-summary]')).toHaveText(
      'Di 9 kabupaten/kota, cakupan semua program 2025 yang lebih tinggi berkorelasi lemah dengan penurunan kemiskinan yang lebih besar 2023–2025 (r = −0,24) — korelasi, bukan sebab-akibat',
    );
    const mapCsv = await figureCsv(page, 'coverage-map');
    expect(mapCsv[0]).toBe(
      'Wilayah;Per 100 penduduk miskin;Orang terjangkau;Penduduk miskin;Tahun data penduduk miskin;Asal data;Sumber',
    );
    expect(mapCsv.find((l) => l.startsWith('Kutai Kartanegara;'))).toMatch(
      /^Kutai Kartanegara;107,77;63583;59000;2024;campuran;https:\/\/www\.niaga\.asia\/\S+ \| https:\/\/samasisi\.com\/\S+$/,
    );
    const scatterCsv = await figureCsv(page, 'coverage-scatter');
    expect(scatterCsv[0]).toBe(
      'Wilayah;Per 100 penduduk miskin;Perubahan sejak 2023 (poin);Sampai tahun;Asal data;Sumber',
    );
    expect(scatterCsv.find((l) => l.startsWith('Kutai Kartanegara;'))).toMatch(
      /^Kutai Kartanegara;107,77;-0,89;2025;campuran;/,
    );
    expect(scatterCsv.find((l) => l.startsWith('Penajam Paser Utara;'))).toMatch(
      /^Penajam Paser Utara;\d+,\d+;;;campuran;/,
    );

    await openApp(page, '?view=coverage&lang=en');
    await expect(map.locator('[data-summary]')).toHaveText(
      'In 2025, coverage of all programmes was highest in Kutai Kartanegara (108 per 100 people in poverty) and lowest in Kutai Barat (49 per 100)',
    );
    await expect(scatter.locator('[data-summary]')).toHaveText(
      'Across 9 districts, higher coverage of all programmes in 2025 was weakly linked to larger falls in poverty from 2023 to 2025 (r = −0.24) — correlation, not cause',
    );
    await expect(map.locator('[data-illustrative]')).toHaveText('Illustrative: not official data.');
    const mapCsvEn = await figureCsv(page, 'coverage-map');
    expect(mapCsvEn[0]).toBe(
      'Area,Per 100 people in poverty,People reached,People in poverty,Year of the poverty count,Data origin,Source',
    );
    expect(mapCsvEn.find((l) => l.startsWith('Kutai Kartanegara,'))).toMatch(
      /^Kutai Kartanegara,107\.77,63583,59000,2024,mixed,/,
    );
    expect(record.outside).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
  });
});
