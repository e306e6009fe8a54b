import { test, expect, openApp } from './fixtures.ts';

test.describe('built site under a sub-path, other origins blocked', () => {
  test('overview shows Kaltim 5,17% (March 2025) toward 3% in 2026, from DuckDB, with sources', async ({
    page,
    record,
  }) => {
    // The test server serves the build's brotli copies, as a host set up for them does (README, Deploying).
    const encodings = new Map<string, string>();
    page.on('response', async (r) =>
      encodings.set(new URL(r.url()).pathname, (await r.allHeaders())['content-encoding'] ?? ''),
    );
    await openApp(page);
    await expect(page.locator('h1')).toHaveText('Kalimantan Timur: dari 5,17% menuju sekitar 3% pada 2026');
    const served = [...encodings].filter(([path]) => /\/assets\/index-.*\.js$/.test(path));
    expect(served).toEqual([[expect.any(String), 'br']]);
    await expect(page.locator('[data-engine="duckdb"]')).toBeVisible();
    const figure = page.locator('[data-chart="overview"]');
    await expect(figure.locator('svg[role="img"] path').first()).toBeVisible();
    await expect(figure.locator('svg').getByText('3% (2026)')).toBeVisible();
    await expect(page.getByText('−2,17 poin dalam 1 tahun')).toBeVisible();
    await figure.getByText('Tampilkan tabel data').click();
    await expect(figure.locator('table tbody tr')).toHaveCount(21);
    await expect(figure.locator('tbody tr').last()).toContainText('5,19%');
    await expect(figure.locator('.sources li').first()).toBeVisible();
    expect(record.outside).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
  });

  test('Kukar shows 7,61% (2023) → 7,28% (2024), 6,72% (2025) and about 1.857 fewer poor people', async ({
    page,
    record,
  }) => {
    await openApp(page, '?view=kukar');
    await expect(page.locator('h1')).toHaveText('Kutai Kartanegara: 7,61% (2023) → 7,28% (2024)');
    await expect(page.getByText('−1.857', { exact: true })).toBeVisible();
    await expect(page.getByText('−0,33 poin')).toBeVisible();
    await expect(page.locator('.card', { hasText: 'Terakhir (Maret 2025)' })).toContainText('6,72%');
    await expect(page.locator('[data-target="6403-2024"]')).toContainText('Target 2024: 7,5%');
    await expect(page.locator('[data-target="6403-2024"]')).toHaveAttribute('data-status', 'achieved');
    expect(record.outside).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
  });

  test('districts: ten rows sorted by latest rate, province line, base year choice in the URL', async ({
    page,
    record,
  }) => {
    await openApp(page, '?view=districts');
    const figure = page.locator('[data-chart="districts"]');
    await figure.getByText('Tampilkan tabel data').click();
    const rows = figure.locator('tbody tr');
    await expect(rows).toHaveCount(10);
    await expect(rows.first()).toContainText('Mahakam Ulu');
    await expect(rows.last()).toContainText('Balikpapan');
    await expect(figure.getByText('Provinsi 5,17% (2025)').first()).toBeVisible();
    await expect(rows.filter({ hasText: 'Kutai Kartanegara' })).toContainText('−0,59 poin');
    await page.getByLabel('Tahun dasar').selectOption('2023');
    await expect(page.locator('h1')).toContainText('sejak 2023');
    await expect(page).toHaveURL(/base=2023/);
    await expect(rows.filter({ hasText: 'Kutai Kartanegara' })).toContainText('−0,89 poin');
    expect(record.outside).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
  });

  test('Parquet loads into DuckDB with every other origin blocked (no extension download)', async ({
    page,
    record,
  }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await openApp(page, '?bundle=parquet');
    expect(requested.some((p) => p.endsWith('/datasets/poverty.parquet'))).toBe(true);
    expect(requested.some((p) => /parquet_wasm_bg.*\.wasm$/.test(p))).toBe(true);
    await expect(page.getByText('DuckDB siap · 346 baris dimuat')).toBeVisible();
    expect(record.outside).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
  });

  test('a first visit reads the small start-up datasets from CSV: each file downloaded once, no Parquet reader', async ({
    page,
    record,
  }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await openApp(page);
    await expect(page.getByText('DuckDB siap · 346 baris dimuat')).toBeVisible();
    const datasets = requested
      .filter((p) => p.includes('/datasets/'))
      .map((p) => p.slice(p.indexOf('/datasets/') + 10));
    // The first chart's three CSV files are read by DuckDB too, from the same download.
    for (const file of ['poverty.csv', 'targets.csv', 'national.csv', 'areas.csv'])
      expect(
        datasets.filter((d) => d === file),
        file,
      ).toHaveLength(1);
    expect(datasets.filter((d) => d.endsWith('.parquet'))).toEqual([]);
    expect(requested.filter((p) => /parquet_wasm/.test(p))).toEqual([]);
    expect(record.outside).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
  });

  test('the BPS-style CSV (semicolon, decimal comma) loads into DuckDB to the same rows', async ({ page, record }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await openApp(page, '?bundle=csv&view=kukar');
    expect(requested.some((p) => p.endsWith('/datasets/poverty.parquet'))).toBe(false);
    expect(requested.some((p) => p.endsWith('/datasets/areas.csv'))).toBe(true);
    await expect(page.getByText('DuckDB siap · 346 baris dimuat')).toBeVisible();
    await expect(page.locator('h1')).toHaveText('Kutai Kartanegara: 7,61% (2023) → 7,28% (2024)');
    expect(record.outside).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
  });

  test('a broken bundled file is reported by name and the rest of the app keeps working', async ({ page }) => {
    await page.route('**/datasets/programmes.parquet', (route) =>
      route.fulfill({ body: 'this is not parquet', contentType: 'application/octet-stream' }),
    );
    await openApp(page, '?bundle=parquet');
    const alert = page.getByRole('alert').filter({ hasText: 'Dataset programmes tidak dimuat' });
    await expect(alert).toContainText('programmes.parquet: bukan berkas Parquet yang utuh');
    // The decoder's own words stay apart, marked as English, under the Indonesian reason.
    await expect(alert.locator('[data-testid="issue-detail"] code[lang="en"]')).toContainText('Corrupt footer');
    await expect(page.locator('h1')).toHaveText('Kalimantan Timur: dari 5,17% menuju sekitar 3% pada 2026');
  });

  test('the first chart is drawn before DuckDB has loaded the data, then DuckDB takes over', async ({ page }) => {
    await openApp(page);
    const marks = await page.evaluate(() =>
      ['pantau:first-chart', 'pantau:data-loaded'].map((n) => performance.getEntriesByName(n)[0]?.startTime ?? null),
    );
    expect(marks[0]).not.toBeNull();
    expect(marks[1]).not.toBeNull();
    expect(marks[0]!).toBeLessThan(marks[1]!);
  });

  test('English switch translates and formats numbers the English way, and is kept in the link', async ({ page }) => {
    await openApp(page);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('h1')).toHaveText('East Kalimantan: from 5.17% toward about 3% in 2026');
    await expect(page).toHaveURL(/lang=en/);
    await page.reload();
    await expect(page.locator('h1')).toHaveText('East Kalimantan: from 5.17% toward about 3% in 2026');
  });
});
