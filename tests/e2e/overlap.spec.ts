import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures.ts';

/** The generator's planted truth: what the check must find on the bundled synthetic register. */
const truth = JSON.parse(fs.readFileSync(new URL('../../datasets/register-truth.json', import.meta.url), 'utf8')) as {
  planted_households: number;
  planted_findings: number;
  counts: { rule_id: string | null; findings: number }[];
};
const id = (n: number) => new Intl.NumberFormat('id-ID').format(n);
const card = (page: Page, label: string) => page.locator('.card', { hasText: label }).locator('.value');

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

/** Clicks the download button and returns the file's name and its lines (without the final line break). */
async function downloadCsv(page: Page): Promise<{ name: string; lines: string[] }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Unduh daftar rumah tangga yang ditandai (CSV)' }).click(),
  ]);
  const text = fs.readFileSync((await download.path())!, 'utf8');
  return {
    name: download.suggestedFilename(),
    lines: text
      .replace(/^\uFEFF/, '')
      .replace(/\r\n$/, '')
      .split('\r\n'),
  };
}

test.describe('Overlap check on the synthetic register', () => {
  test.setTimeout(240_000);

  test("the register comes as its database file, index included: Parquet's decoder is never downloaded", async ({
    page,
    record,
  }) => {
    const requests: string[] = [];
    page.on('request', (r) => void requests.push(new URL(r.url()).pathname));
    await openApp(page, '?view=overlap');
    await expect(card(page, 'Rumah tangga ditandai')).toHaveText(id(truth.planted_households), { timeout: 120_000 });
    expect(requests.filter((path) => /\/register\./.test(path))).toEqual([
      expect.stringMatching(/\/register\.duckdb\.gzip$/),
    ]);
    expect(requests.filter((path) => /parquet_wasm/.test(path))).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
    expect(record.outside).toEqual([]);
  });

  test('read from its Parquet file instead (as on plain http, where the page cannot hash the database file), the register gives the same findings', async ({
    page,
    record,
  }) => {
    const requests: string[] = [];
    page.on('request', (r) => void requests.push(new URL(r.url()).pathname));
    await openApp(page, '?view=overlap&bundle=parquet');
    await expect(card(page, 'Rumah tangga ditandai')).toHaveText(id(truth.planted_households), { timeout: 120_000 });
    await expect(card(page, 'Temuan')).toHaveText(id(truth.planted_findings));
    expect(requests.filter((path) => /\/register\./.test(path))).toEqual([
      expect.stringMatching(/\/register\.parquet$/),
    ]);
    expect(record.consoleErrors).toEqual([]);
    expect(record.outside).toEqual([]);
  });

  test('opened from a shared link, the register downloads while DuckDB starts, and only once', async ({
    page,
    record,
  }) => {
    // DuckDB's wasm is held until the page asks for the register (at most 30 s from the start): only a page that
    // starts the register's download before the engine is ready gets past the hold at once.
    const registerAsked = page.waitForRequest(/\/register\.duckdb\.gzip$/, { timeout: 30_000 }).then(
      () => true,
      () => false,
    );
    let registerDuringStart: boolean | undefined;
    await page.context().route(/\/duckdb-(eh|mvp)-[^/]*\.wasm$/, async (route) => {
      registerDuringStart ??= await registerAsked;
      await route.continue();
    });
    const registerRequests: string[] = [];
    page.on('request', (r) => void (/\/register\.duckdb\.gzip$/.test(r.url()) && registerRequests.push(r.url())));
    await openApp(page, '?view=overlap');
    await expect(card(page, 'Rumah tangga ditandai')).toHaveText(id(truth.planted_households), { timeout: 120_000 });
    expect(registerDuringStart).toBe(true);
    expect(registerRequests).toHaveLength(1);
    expect(record.consoleErrors).toEqual([]);
    expect(record.outside).toEqual([]);
  });

  test('finds the planted households, by district, and downloads the follow-up list', async ({ page, record }) => {
    await openApp(page, '?view=overlap');
    // The banner above the view (each figure carries its own short label too).
    await expect(page.locator('aside[data-illustrative]')).toBeVisible();
    await expect(page.locator('aside[data-illustrative]')).toContainText(
      'Data ilustratif: daftar penerima sintetis dibuat oleh generator berbenih, bukan data nyata',
    );
    await expect(card(page, 'Rumah tangga ditandai')).toHaveText(id(truth.planted_households), { timeout: 120_000 });
    expect(truth.planted_households).toBe(4500);
    await expect(card(page, 'Temuan')).toHaveText(id(truth.planted_findings));
    await expect(page.locator('[data-check-ms]')).toBeVisible();

    // A re-run reads the register's index, built once at load: the same findings again.
    const rerun = page.getByRole('button', { name: 'Jalankan ulang pemeriksaan' });
    await rerun.click();
    await expect(rerun).toBeEnabled();
    await expect(card(page, 'Rumah tangga ditandai')).toHaveText(id(truth.planted_households));
    await expect(card(page, 'Temuan')).toHaveText(id(truth.planted_findings));

    const figure = page.locator('[data-chart="overlap-districts"]');
    await figure.getByText('Tampilkan tabel data').click();
    await expect(figure.locator('tbody tr')).toHaveCount(10);

    const all = await downloadCsv(page);
    expect(all.name).toBe('pantau-bantuan-ganda-64.csv');
    expect(all.lines[0]).toBe('household_id,area_code,village_code,desil,findings,checks,payments,amount_rp');
    expect(all.lines).toHaveLength(truth.planted_households + 1);

    // Choosing a district is kept in the link and narrows the list to it.
    await page.getByLabel('Kabupaten/kota', { exact: true }).selectOption('6403');
    await expect(page).toHaveURL(/district=6403/);
    const kukarFlagged = Number(
      (await figure.locator('tbody tr', { hasText: 'Kutai Kartanegara' }).locator('td').nth(2).textContent())!.replace(
        /\./g,
        '',
      ),
    );
    const kukar = await downloadCsv(page);
    expect(kukar.name).toBe('pantau-bantuan-ganda-6403.csv');
    expect(kukar.lines).toHaveLength(kukarFlagged + 1);
    expect(kukar.lines.slice(1).every((l) => l.split(',')[1] === '6403')).toBe(true);

    expect(record.outside).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
  });

  test('adding a rule or removing R4 changes the findings, and a rule without reasons is refused', async ({
    page,
    record,
  }) => {
    await openApp(page, '?view=overlap');
    const findings = card(page, 'Temuan');
    await expect(findings).toHaveText(id(truth.planted_findings), { timeout: 120_000 });

    await page.getByLabel('Program A').selectOption('pkh');
    await page.getByLabel('Program B').selectOption('sembako');
    await page.getByRole('button', { name: 'Tambah aturan' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Tidak disimpan' })).toContainText(
      'Alasan (Bahasa Indonesia) belum diisi.',
    );
    await expect(findings).toHaveText(id(truth.planted_findings));

    await expect(page.getByLabel('Kode')).toHaveValue('R5');
    await page.getByLabel('Alasan (Bahasa Indonesia)').fill('Uji: PKH dan Sembako dalam satu bulan');
    await page.getByLabel('Alasan (Inggris)').fill('Test: PKH and Sembako in one month');
    await page.getByRole('button', { name: 'Tambah aturan' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Aturan R5 disimpan' })).toBeVisible();
    await expect(findings).not.toHaveText(id(truth.planted_findings), { timeout: 60_000 });

    await page.getByRole('button', { name: 'Hapus aturan R5' }).click();
    await expect(findings).toHaveText(id(truth.planted_findings), { timeout: 60_000 });

    const r4 = truth.counts.filter((c) => c.rule_id === 'R4').reduce((sum, c) => sum + c.findings, 0);
    expect(r4).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Hapus aturan R4' }).click();
    await expect(findings).toHaveText(id(truth.planted_findings - r4), { timeout: 60_000 });
    await expect(page.getByRole('button', { name: 'Hapus aturan R4' })).toHaveCount(0);

    expect(record.outside).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
  });

  test('each figure says what it shows in one sentence, is labelled illustrative, and downloads plain numbers', async ({
    page,
    record,
  }) => {
    await openApp(page, '?view=overlap');
    const summary = (chart: string) => page.locator(`[data-chart="${chart}"] [data-summary]`);
    await expect(summary('overlap-months')).toHaveText(
      'Bantuan ganda ditemukan pada 4.500 rumah tangga dalam semua 12 bulan; terbanyak Juni 2025 (1.188 temuan)',
      { timeout: 120_000 },
    );
    await expect(summary('overlap-districts')).toHaveText(
      'Persentase rumah tangga ditandai tertinggi di Kutai Kartanegara: 2,43% (2.003 dari 82.283 rumah tangga), dibanding 1,50% di seluruh daftar',
    );
    await expect(summary('overlap-desil')).toHaveText(
      '87,2% rumah tangga penerima ada di desil 1–4 (sasaran); 12,8% (38.446 rumah tangga) di desil 5–10, di luar sasaran',
      { timeout: 120_000 },
    );
    for (const chart of ['overlap-months', 'overlap-districts', 'overlap-desil']) {
      await expect(page.locator(`[data-chart="${chart}"] [data-illustrative]`)).toHaveText(
        'Ilustratif: daftar penerima sintetis',
      );
    }

    // Indonesian CSV: semicolons, decimal comma, numbers without grouping.
    const districts = await figureCsv(page, 'overlap-districts');
    expect(districts[0]).toBe('Kabupaten/kota;Rumah tangga;Ditandai;Persen ditandai;Temuan');
    expect(districts[1]).toBe('Kutai Kartanegara;82283;2003;2,43;2072');
    expect(districts).toHaveLength(11);
    expect(await figureCsv(page, 'overlap-months')).toContain('2025-06;1164;24;1188');
    expect((await figureCsv(page, 'overlap-desil'))[1]).toBe('1;83834;290880');

    await page.getByRole('button', { name: 'English' }).click();
    await expect(page).toHaveURL(/lang=en/);
    await expect(summary('overlap-months')).toHaveText(
      'Overlapping aid found for 4,500 households in all 12 months; most in June 2025 (1,188 findings)',
    );
    await expect(summary('overlap-districts')).toHaveText(
      'The highest share of households flagged is in Kutai Kartanegara: 2.43% (2,003 of 82,283 households), against 1.50% across the register',
    );
    await expect(summary('overlap-desil')).toHaveText(
      '87.2% of recipient households are in desil 1–4 (the target); 12.8% (38,446 households) are in desil 5–10, outside it',
    );
    await expect(page.locator('[data-chart="overlap-desil"] [data-illustrative]')).toHaveText(
      'Illustrative: synthetic register',
    );

    // English CSV: commas and a decimal point.
    const en = await figureCsv(page, 'overlap-districts');
    expect(en[0]).toBe('District,Households,Flagged,Share flagged,Findings');
    expect(en[1]).toBe('Kutai Kartanegara,82283,2003,2.43,2072');

    expect(record.outside).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
  });
});
