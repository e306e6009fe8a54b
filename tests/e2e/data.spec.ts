import path from 'node:path';
import { test, expect, openApp } from './fixtures.ts';
import { bigRegisterWorkbook } from './big-workbook.ts';
import { SPARSE_CELLS, workbook } from '../unit/data/xlsx/sparse-workbook.ts';
import type { Download, Page } from '@playwright/test';

const fixture = (name: string) => path.resolve('tests/fixtures', name);

/** Picks a file on the "Data Anda" page and waits until Pantau has looked at it. */
async function pick(page: Page, file: string): Promise<void> {
  await page.locator('[data-testid="file-input"]').setInputFiles(file);
  await expect(page.locator('article.pending[data-status="mapping"]').first()).toBeVisible();
}

async function setConstant(page: Page, column: string, value: string): Promise<void> {
  const row = page.locator(`tr[data-column="${column}"]`);
  await row.locator('select').selectOption('const');
  await row.locator('input').fill(value);
}

async function kukarLatest(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Kutai Kartanegara' }).click();
  const card = page.locator('.cards > *').first();
  await expect(card).toContainText('%');
  return (await card.textContent()) ?? '';
}

test.describe('Bring your own data', () => {
  test('a BPS semicolon, decimal-comma wide CSV drives the views, survives a reload, and resets in one action', async ({
    page,
    record,
  }) => {
    await openApp(page, '?view=data');
    await pick(page, fixture('layout/bps-wide-semicolon.csv'));
    const card = page.locator('article.pending');
    await expect(card).toContainText('Tabel lebar: 3 kolom tahun (2022–2024)');
    await expect(card).toContainText('Sumber: Badan Pusat Statistik');
    await expect(card.locator('tr[data-column="rate_pct"] select')).toHaveValue('year-values');
    // The file names no period: March is proposed for its district figures, and the page says why.
    await expect(card.locator('tr[data-column="period"] input')).toHaveValue('mar');
    await expect(card.getByTestId('period-proposal')).toContainText(
      'Berkas tidak menyebut periode. BPS menerbitkan angka kemiskinan kabupaten/kota hanya untuk Maret',
    );
    // This table is to stand for the whole dataset: replacing is the explicit choice (adding is the default).
    await card.locator('select[name="mode"]').selectOption('replace');
    await card.getByRole('button', { name: 'Muat berkas' }).click();
    const report = card.locator('[data-testid="load-report"]');
    await expect(report).toContainText('11 baris dibaca, 33 baris diterima');
    await expect(report).toContainText('2 baris catatan di bawah tabel dilewati');
    await expect(page.locator('[data-holds="user"]').first()).toContainText('Data Anda: Kemiskinan');

    expect(await kukarLatest(page)).toContain('6,81%');
    await page.reload();
    await expect(page.locator('[data-engine-status="ready"]')).toBeVisible({ timeout: 60_000 });
    await expect(page.locator('.status[data-holds="user"]')).toBeVisible();
    expect(await kukarLatest(page)).toContain('6,81%');

    await page.getByRole('button', { name: 'Kembalikan data bawaan' }).click();
    await expect(page.locator('.status[data-holds="bundled"]')).toBeVisible();
    await expect(page.locator('.cards > *').first()).toContainText('7,28%');
    await page.reload();
    await expect(page.locator('.status[data-holds="bundled"]')).toBeVisible({ timeout: 60_000 });
    expect(record.consoleErrors).toEqual([]);
    expect(record.outside).toEqual([]);
  });

  test('a wide BPS export whose note says "Susenas Maret" loads with one confirmation, saying where the period was read', async ({
    page,
    record,
  }) => {
    await openApp(page, '?view=data');
    await pick(page, fixture('user/bps-wide-susenas-maret.csv'));
    const card = page.locator('article.pending');
    await expect(card.locator('tr[data-column="period"] input')).toHaveValue('mar');
    await expect(card.getByTestId('period-proposal')).toHaveText(
      'Periode diusulkan Maret: dibaca dari catatan di bawah tabel "Sumber: Badan Pusat Statistik, Susenas Maret (contoh sintetis untuk uji)". Periksa, lalu konfirmasi dengan memuat.',
    );
    await card.getByRole('button', { name: 'Muat berkas' }).click();
    // Added by key: the file's 33 March figures replace the bundled ones, the other rows stay.
    await expect(card.locator('[data-testid="load-report"]')).toContainText('11 baris dibaca, 33 baris diterima');
    await expect(page.locator('[data-holds="user"]').first()).toContainText('Data Anda: Kemiskinan');
    expect(record.consoleErrors).toEqual([]);
    expect(record.outside).toEqual([]);
  });

  test('an Excel workbook (title row, two-row header, notes) is read from its first sheet', async ({
    page,
    record,
  }) => {
    await openApp(page, '?view=data');
    await pick(page, fixture('xlsx/poverty-bps.xlsx'));
    const card = page.locator('article.pending');
    await expect(card.locator('select[name="sheet"]')).toHaveValue('Tabel');
    await setConstant(page, 'period', 'mar');
    await card.locator('select[name="mode"]').selectOption('replace');
    await card.getByRole('button', { name: 'Muat berkas' }).click();
    await expect(card.locator('[data-testid="load-report"]')).toContainText('11 baris dibaca');
    // The workbook holds the bundled March rates minus 0,40 points.
    expect(await kukarLatest(page)).toContain('6,88%');
    expect(record.consoleErrors).toEqual([]);
    expect(record.outside).toEqual([]);
  });

  test('a Parquet file with English headers and Kemendagri codes adds targets, with no extension download', async ({
    page,
    record,
  }) => {
    await openApp(page, '?view=data');
    await pick(page, fixture('user/targets-en.parquet'));
    const card = page.locator('article.pending');
    await card.locator('select[name="dataset"]').selectOption('targets');
    await card.locator('select[name="mode"]').selectOption('add');
    await card.getByRole('button', { name: 'Muat berkas' }).click();
    await expect(card.locator('[data-testid="load-report"]')).toContainText('2 baris dibaca, 2 baris diterima');
    await page.getByRole('button', { name: 'Target', exact: true }).click();
    await expect(page.locator('[data-target="6403-2027"]')).toContainText('6,2%');
    await expect(page.locator('[data-target="6472-2027"]')).toBeVisible();
    await expect(page.locator('[data-target="64-2026"]')).toBeVisible();
    expect(record.consoleErrors).toEqual([]);
    expect(record.outside).toEqual([]);
  });

  test('real headers map without help: a Dinas Sosial KPM table becomes real coverage, persentase_miskin a poverty rate', async ({
    page,
    record,
  }) => {
    await openApp(page, '?view=data');
    await pick(page, fixture('user/kpm-dinsos.csv'));
    const kpm = page.locator('article.pending[aria-label="kpm-dinsos.csv"]');
    await expect(kpm.locator('select[name="dataset"]')).toHaveValue('coverage');
    await expect(kpm.locator('tr[data-column="beneficiaries"]')).toContainText('Jumlah penerima (KPM/orang)');
    await expect(kpm.locator('tr[data-column="beneficiaries"] select')).toHaveValue('col:2');
    await expect(kpm.locator('tr[data-column="unit"] input')).toHaveValue('household');
    await expect(kpm.locator('tr[data-column="provenance"] input')).toHaveValue('sourced');
    // One confirmation: the file adds to the bundled rows by key (its real rows replace illustrative ones).
    await expect(kpm.locator('select[name="mode"]')).toHaveValue('add');
    await kpm.getByRole('button', { name: 'Muat berkas' }).click();
    await expect(kpm.locator('[data-testid="load-report"]')).toContainText('3 baris dibaca, 3 baris diterima');

    await pick(page, fixture('user/poverty-short-headers.csv'));
    const rates = page.locator('article.pending[aria-label="poverty-short-headers.csv"]');
    await expect(rates.locator('select[name="dataset"]')).toHaveValue('poverty');
    const columns = ['area_code', 'year', 'period', 'rate_pct', 'poor_thousands'];
    for (const [i, column] of columns.entries())
      await expect(rates.locator(`tr[data-column="${column}"] select`)).toHaveValue(`col:${i}`);
    await rates.getByRole('button', { name: 'Muat berkas' }).click();
    await expect(rates.locator('[data-testid="load-report"]')).toContainText('5 baris dibaca, 5 baris diterima');
    expect(await kukarLatest(page)).toContain('6,55%');
    // Five districts added by key: the province series is still the BPS one.
    await page.getByRole('button', { name: 'Kaltim', exact: true }).click();
    await expect(page.locator('.cards').first()).toContainText('5,17%');

    await page.getByRole('button', { name: 'Cakupan program', exact: true }).click();
    await page.locator('select[data-control="year"]').selectOption('2024');
    await page.locator('select[data-control="programme"]').selectOption('pkh');
    const map = page.locator('[data-chart="coverage-map"]');
    // Berau's bundled PKH figure, and now Kukar's and Samarinda's from the file, are real.
    await expect(map.locator('.geo-map path[data-provenance="sourced"]')).toHaveCount(3);
    await map.getByText('Tampilkan tabel data').click();
    const kukar = map.locator('details tbody tr').filter({ hasText: 'Kutai Kartanegara' });
    await expect(kukar).toContainText('bersumber');
    await expect(kukar).toContainText('Data pengguna: kpm-dinsos.csv');
    await expect(map.locator('details tbody tr').filter({ hasText: 'Berau' })).toContainText('nomorsatukaltim');
    expect(record.consoleErrors).toEqual([]);
    expect(record.outside).toEqual([]);
  });

  test('a broken file is refused with row, column and reason, and the data in use stays', async ({ page, record }) => {
    await openApp(page, '?view=data');
    await pick(page, fixture('user/poverty-broken-bps.csv'));
    const card = page.locator('article.pending');
    await card.getByRole('button', { name: 'Muat berkas' }).click();
    const report = card.locator('[data-testid="load-report"]');
    await expect(report).toContainText('Tidak dimuat: 3 masalah');
    const rows = report.locator('tbody tr');
    await expect(rows.nth(0)).toContainText('3');
    await expect(rows.nth(0)).toContainText('Persentase Penduduk Miskin');
    await expect(rows.nth(0)).toContainText('"tujuh" bukan angka');
    await expect(rows.nth(1)).toContainText('wilayah "Jakarta Pusat" tidak dikenal');
    await expect(rows.nth(2)).toContainText('140,5 di luar rentang 0..100');
    await expect(page.locator('.status[data-holds="bundled"]')).toBeVisible();
    expect(await kukarLatest(page)).toContain('7,28%');

    await page.getByRole('button', { name: 'Data Anda' }).click();
    await card.getByRole('button', { name: /Muat hanya baris yang valid/ }).click();
    await expect(report).toContainText('1 baris diterima');
    await expect(report).toContainText('3 baris ditolak');
    expect(record.consoleErrors).toEqual([]);
    expect(record.outside).toEqual([]);
  });

  test('a file dropped on the page, and one fetched by URL from the site, are read the same way', async ({
    page,
    record,
  }) => {
    await openApp(page, '?view=data');
    const text = 'Kabupaten/Kota;Tahun;Periode;Persentase Penduduk Miskin\r\nKutai Kartanegara;2024;Maret;6,50\r\n';
    const transfer = await page.evaluateHandle((content) => {
      const data = new DataTransfer();
      data.items.add(new File([content], 'dropped.csv', { type: 'text/csv' }));
      return data;
    }, text);
    await page.locator('.drop').dispatchEvent('drop', { dataTransfer: transfer });
    const dropped = page.locator('article.pending', { hasText: 'dropped.csv' });
    await expect(dropped).toHaveAttribute('data-status', 'mapping');
    // A partial file adds and updates by default; replacing everything is a choice that says what it removes.
    const mode = dropped.locator('select[name="mode"]');
    await expect(mode).toHaveValue('add');
    await expect(mode.locator('option[value="replace"]')).toHaveText(/Ganti semua \(\d+ baris kini dihapus\)/);
    await dropped.getByRole('button', { name: 'Muat berkas' }).click();
    await expect(dropped.locator('[data-testid="load-report"]')).toContainText('1 baris lama diganti');

    await page.getByPlaceholder('https://…/data.csv').fill('datasets/targets.csv');
    await page.getByRole('button', { name: 'Muat dari URL' }).click();
    const fetched = page.locator('article.pending', { hasText: 'targets.csv' });
    await expect(fetched).toHaveAttribute('data-status', 'mapping');
    await expect(fetched.locator('select[name="dataset"]')).toHaveValue('targets');
    // Another origin is refused before any request, in the page's language.
    await page.getByPlaceholder('https://…/data.csv').fill('https://data.example.org/kemiskinan.csv');
    await page.getByRole('button', { name: 'Muat dari URL' }).click();
    await expect(page.locator('article.pending', { hasText: 'kemiskinan.csv' })).toContainText(
      'Pantau hanya mengambil berkas dari situsnya sendiri',
    );
    // The one Kukar row changed nothing else: the province's March 2025 figure is still the BPS one.
    await page.getByRole('button', { name: 'Kaltim', exact: true }).click();
    await expect(page.locator('.cards').first()).toContainText('5,17%');
    expect(record.consoleErrors).toEqual([]);
    expect(record.outside).toEqual([]);
  });

  test('exports the data in use as Indonesian-style CSV and gives an empty template', async ({ page, record }) => {
    await openApp(page, '?view=data');
    const row = page.locator('tr[data-dataset="poverty"]');
    const [data] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('button', { name: 'CSV (gaya Indonesia)' }).click(),
    ]);
    const text = await readDownload(data);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trim().split(/\r?\n/);
    expect(lines[0]).toBe(
      'area_code;year;period;rate_pct;poor_thousands;poverty_line_rp;p1;p2;publisher;release_title;release_date;release_url;read_in;citation_note;source',
    );
    expect(lines).toHaveLength(115);
    expect(lines.find((l) => l.startsWith('6403;2024;mar;'))).toContain(';7,28;');
    const [template] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('button', { name: 'Templat (polos)' }).click(),
    ]);
    expect((await readDownload(template)).trim()).toBe(
      'area_code,year,period,rate_pct,poor_thousands,poverty_line_rp,p1,p2,publisher,release_title,release_date,release_url,read_in,citation_note,source',
    );
    expect(record.consoleErrors).toEqual([]);
    expect(record.outside).toEqual([]);
  });

  test('a beneficiary list of the user replaces the synthetic register in the overlap check', async ({
    page,
    record,
  }) => {
    // The bundled register first: its database file brings the overlap index, which the user's list must not reuse.
    await openApp(page, '?view=overlap');
    await expect(page.locator('.card', { hasText: 'Rumah tangga ditandai' }).locator('.value')).toHaveText('4.500', {
      timeout: 120_000,
    });
    await page.getByRole('button', { name: 'Data Anda' }).click();
    await pick(page, fixture('register-overlaps.csv'));
    const card = page.locator('article.pending');
    await expect(card.locator('select[name="dataset"]')).toHaveValue('register');
    await card.getByRole('button', { name: 'Muat berkas' }).click();
    await expect(card.locator('[data-testid="load-report"]')).toContainText('35 baris dibaca, 35 baris diterima');
    await page.getByRole('button', { name: 'Cek bantuan ganda' }).click();
    await expect(page.locator('[data-user-register]')).toContainText('register-overlaps.csv');
    await expect(page.locator('[data-illustrative]')).toHaveCount(0);
    // The hand-made register (tests/unit/queries/overlap-fixtures.ts) under the bundled rules R1-R4: its 12 findings in
    // 8 households less a7's, which only the fixture's extra rule R5 raises.
    await expect(page.locator('.card', { hasText: 'Rumah tangga ditandai' }).locator('.value')).toHaveText('7', {
      timeout: 60_000,
    });
    await expect(page.locator('.card', { hasText: 'Temuan' }).locator('.value')).toHaveText('11');
    expect(record.consoleErrors).toEqual([]);
    expect(record.outside).toEqual([]);
  });

  test("a user's list loaded while the bundled register still downloads waits for it: the bundled index never stands beside the user's rows", async ({
    page,
    record,
  }) => {
    // The bundled register's file is held until the test lets it go (at most 20 s).
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
      setTimeout(resolve, 20_000);
    });
    await page.route('**/register.duckdb.gzip', async (route) => {
      await released;
      await route.continue();
    });
    const landed = page.waitForEvent('requestfinished', { predicate: (r) => /register\.duckdb\.gzip$/.test(r.url()) });
    await openApp(page, '?view=overlap');
    await page.getByRole('button', { name: 'Data Anda' }).click();
    await pick(page, fixture('register-overlaps.csv'));
    const card = page.locator('article.pending');
    await expect(card.locator('select[name="dataset"]')).toHaveValue('register');
    await card.getByRole('button', { name: 'Muat berkas' }).click();
    await page.getByRole('button', { name: 'Cek bantuan ganda' }).click();
    release();
    await landed;
    const households = page.locator('.card', { hasText: 'Rumah tangga ditandai' }).locator('.value');
    await expect(households).toHaveText('7', { timeout: 60_000 });
    // Past the bundled load's copy (about 2 s), a re-run reads the index as it now stands.
    await page.waitForTimeout(5_000);
    const rerun = page.getByRole('button', { name: 'Jalankan ulang pemeriksaan' });
    await rerun.click();
    await expect(rerun).toBeEnabled();
    await expect(households).toHaveText('7');
    await expect(page.locator('.card', { hasText: 'Temuan' }).locator('.value')).toHaveText('11');
    expect(record.consoleErrors).toEqual([]);
    expect(record.outside).toEqual([]);
  });

  test('a 300,000-row workbook is read off the page thread and loads whole; the sparse 1.7 KB workbook is refused', async ({
    page,
    record,
  }) => {
    test.setTimeout(180_000);
    const buffer = await bigRegisterWorkbook(300_000);
    await openApp(page, '?view=data');
    const input = page.locator('[data-testid="file-input"]');
    await input.setInputFiles({ name: 'penerima-300rb.xlsx', mimeType: 'application/octet-stream', buffer });
    const card = page.locator('article.pending[aria-label="penerima-300rb.xlsx"]');
    await expect(card).toHaveAttribute('data-status', /^(mapping|refused)$/, { timeout: 60_000 });
    // On a loaded machine the unpatched library overflowed the stack here (see
    // scripts/vite-plugin-read-excel-file.ts); should a refusal recur, the card's text says why.
    expect(await card.getAttribute('data-status'), await card.innerText()).toBe('mapping');
    await card.locator('select[name="dataset"]').selectOption('register');
    await card.getByRole('button', { name: 'Muat berkas' }).click();
    await expect(card.locator('[data-testid="load-report"]')).toContainText(
      '300.000 baris dibaca, 300.000 baris diterima',
      { timeout: 120_000 },
    );

    const sparse = Buffer.from(workbook(SPARSE_CELLS));
    expect(sparse.length).toBeLessThan(2_500);
    await input.setInputFiles({ name: 'jarang.xlsx', mimeType: 'application/octet-stream', buffer: sparse });
    const refused = page.locator('article.pending[aria-label="jarang.xlsx"]');
    await expect(refused.locator('[data-testid="load-report"]')).toContainText('Tidak dimuat');
    await expect(refused).toContainText('XFD1048576');
    expect(record.consoleErrors).toEqual([]);
    expect(record.outside).toEqual([]);
  });

  test('two tabs replacing the same data at once: the store keeps one, and neither tab says otherwise', async ({
    page,
    record,
  }) => {
    const other = await page.context().newPage();
    const tabs = [
      { page, file: 'layout/bps-wide-semicolon.csv' },
      { page: other, file: 'user/bps-wide-susenas-maret.csv' },
    ];
    for (const tab of tabs) {
      await openApp(tab.page, '?view=data');
      await pick(tab.page, fixture(tab.file));
      await tab.page.locator('article.pending select[name="mode"]').selectOption('replace');
    }
    await Promise.all(tabs.map((tab) => tab.page.getByRole('button', { name: 'Muat berkas' }).click()));
    for (const tab of tabs)
      await expect(tab.page.locator('[data-testid="load-report"]')).toContainText('33 baris diterima');
    // Both tabs hear of the other's change; the one whose file the other replaced no longer calls it kept.
    for (const tab of tabs) await expect(tab.page.getByTestId('changed-elsewhere')).toContainText('Tab lain memuat');
    const replaced = await Promise.all(tabs.map((tab) => tab.page.getByTestId('replaced-elsewhere').count()));
    expect(replaced.sort()).toEqual([0, 1]);
    const [loser, winner] = replaced[0] === 1 ? tabs : [tabs[1]!, tabs[0]!];
    // After a reload the tab whose file was replaced shows what is stored: the other tab's file.
    await loser!.page.getByRole('button', { name: 'Muat ulang untuk melihat yang tersimpan' }).click();
    await expect(loser!.page.locator('[data-engine-status="ready"]')).toBeVisible({ timeout: 60_000 });
    const row = loser!.page.locator('tr[data-dataset="poverty"]');
    await expect(row).toContainText(path.basename(winner!.file));
    await expect(row).not.toContainText(path.basename(loser!.file));
    expect(record.consoleErrors).toEqual([]);
    expect(record.outside).toEqual([]);
  });
});

async function readDownload(download: Download): Promise<string> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
