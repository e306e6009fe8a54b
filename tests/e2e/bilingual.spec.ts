import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, openApp, moveTo } from './fixtures.ts';
import { ENGLISH_WORDS, INDONESIAN_WORDS, wordsIn } from '../unit/i18n/language-words.ts';

const VIEWS = ['overview', 'district', 'districts', 'targets', 'coverage', 'overlap', 'data'] as const;

/** Opens a view in a language and waits until every data block has settled (no loading text left). */
async function openView(page: Page, view: string, lang: 'id' | 'en', moved = false): Promise<void> {
  if (moved) await moveTo(page, `?view=${view}&lang=${lang}`);
  else await openApp(page, `?view=${view}&lang=${lang}`);
  await expect(page.locator('h1').first()).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 60_000 });
  await expect(page.getByText(lang === 'en' ? 'Loading…' : 'Memuat…')).toHaveCount(0);
}

/** Columns whose cells are data, not app text: sources, and a load report's file column names and values. */
const DATA_COLUMNS = ['Sumber', 'Source', 'Kolom', 'Column', 'Nilai', 'Value'];

/**
 * The text of the page as shown, with every data table opened, less the text that is a source or the content of
 * a user's file and so stays in the language it was written in: the source lists under charts, a table's source
 * column, a target's document, a file's preview, its column names (code) and anything quoted from it ("…").
 */
async function shownText(page: Page): Promise<string> {
  const text = await page.evaluate((dataColumns) => {
    for (const details of document.querySelectorAll('details')) details.open = true;
    // Hidden elements are left out of innerText; hiding (not subtracting strings) keeps "year" in "years" counted.
    const hidden = [...document.querySelectorAll<HTMLElement>('.sources li, details.preview table, code')];
    for (const table of document.querySelectorAll('table')) {
      const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim() ?? '');
      headers.forEach((header, at) => {
        if (dataColumns.includes(header))
          for (const row of table.querySelectorAll('tbody tr'))
            if (row.children[at]) hidden.push(row.children[at] as HTMLElement);
      });
    }
    // A target card's document title is data; its "source" link label is not, so only its own text goes.
    const blanked = [...document.querySelectorAll('.source')].flatMap((el) =>
      [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE),
    );
    const saved = { display: hidden.map((el) => el.style.display), text: blanked.map((n) => n.textContent) };
    hidden.forEach((el) => (el.style.display = 'none'));
    blanked.forEach((n) => (n.textContent = ' '));
    const shown = document.body.innerText;
    hidden.forEach((el, i) => (el.style.display = saved.display[i]!));
    blanked.forEach((n, i) => (n.textContent = saved.text[i]!));
    return shown;
  }, DATA_COLUMNS);
  return text.replace(/"[^"\n]*"/g, ' ');
}

const LABELS = {
  id: {
    load: 'Muat berkas',
    loadValid: /Muat hanya baris yang valid/,
    loaded: 'baris diterima',
    refused: 'Tidak dimuat',
    nul: 'berisi karakter NUL (bita 0x00)',
    fieldCount: 'jumlah kolom di baris ini tidak sama dengan judul kolom (4 kolom)',
    detail: 'Rincian teknis',
  },
  en: {
    load: 'Load file',
    loadValid: /Load only the valid rows/,
    loaded: 'rows accepted',
    refused: 'Not loaded',
    nul: 'holds a NUL character (byte 0x00)',
    fieldCount: "the line does not have the header's 4 fields",
    detail: 'Technical detail',
  },
};

/** On "Your data": a wide BPS CSV loaded, and a broken file refused, then loaded for its valid rows. */
async function loadFiles(page: Page, lang: 'id' | 'en'): Promise<void> {
  const label = LABELS[lang];
  await openView(page, 'data', lang);
  const input = page.locator('[data-testid="file-input"]');
  await input.setInputFiles(path.resolve('tests/fixtures/layout/bps-wide-semicolon.csv'));
  const wide = page.locator('article.pending[aria-label="bps-wide-semicolon.csv"]');
  await expect(wide).toHaveAttribute('data-status', 'mapping');
  await wide.locator('tr[data-column="period"] select').selectOption('const');
  await wide.locator('tr[data-column="period"] input').fill('mar');
  await wide.getByRole('button', { name: label.load }).click();
  await expect(wide.locator('[data-testid="load-report"]')).toContainText(label.loaded);

  await input.setInputFiles(path.resolve('tests/fixtures/user/poverty-broken-bps.csv'));
  const broken = page.locator('article.pending[aria-label="poverty-broken-bps.csv"]');
  await expect(broken).toHaveAttribute('data-status', 'mapping');
  await broken.getByRole('button', { name: label.load }).click();
  await expect(broken.locator('[data-testid="load-report"]')).toContainText(label.refused);
  await broken.getByRole('button', { name: label.loadValid }).click();
  await expect(broken.locator('[data-testid="load-report"]')).toContainText(label.loaded);

  // A NUL byte is named at its row and column in the page's language; the engine's words stay apart (code).
  await input.setInputFiles(path.resolve('tests/fixtures/user/poverty-nul-byte.csv'));
  const nul = page.locator('article.pending[aria-label="poverty-nul-byte.csv"]');
  await expect(nul).toHaveAttribute('data-status', 'mapping');
  await nul.getByRole('button', { name: label.load }).click();
  const report = nul.locator('[data-testid="load-report"]');
  await expect(report).toContainText(label.refused);
  await expect(report.locator('tbody tr')).toHaveCount(1);
  await expect(report.locator('tbody tr')).toContainText(label.nul);
  await expect(report.locator('tbody tr')).toContainText('Tahun');

  // DuckDB's own words on a line with one field too many: a translated reason, the raw text as a detail.
  const extra =
    'Kabupaten/Kota;Tahun;Periode;Persentase Penduduk Miskin\nPaser;2024;Maret;8,1\nBerau;2024;Maret;5,1;9\n';
  await input.setInputFiles({ name: 'extra-field.csv', mimeType: 'text/csv', buffer: Buffer.from(extra) });
  const wrong = page.locator('article.pending[aria-label="extra-field.csv"]');
  await expect(wrong).toHaveAttribute('data-status', 'mapping');
  await wrong.getByRole('button', { name: label.load }).click();
  await expect(wrong.locator('[data-testid="load-report"] tbody tr')).toContainText(label.fieldCount);
  await expect(wrong.getByTestId('issue-detail')).toContainText(label.detail);
  await expect(wrong.locator('[data-testid="issue-detail"] code[lang="en"]')).toContainText(
    'Expected Number of Columns',
  );
}

// One test per language: the views are visited in one page, as back/forward would, so DuckDB starts once.
test.describe('no word of the other language on any view', () => {
  test('English pages have no Indonesian words and no decimal commas', async ({ page, record }) => {
    test.setTimeout(180_000);
    await openApp(page, '?lang=en');
    for (const view of VIEWS) {
      await openView(page, view, 'en', true);
      const text = await shownText(page);
      expect(wordsIn(text, INDONESIAN_WORDS), view).toEqual([]);
      // Percentages with a decimal comma are Indonesian numbers.
      expect(text.match(/\d,\d+ ?%/g) ?? [], view).toEqual([]);
    }
    expect(record.outside).toEqual([]);
  });

  test('Indonesian pages have no English words and no decimal points', async ({ page, record }) => {
    test.setTimeout(180_000);
    await openApp(page);
    for (const view of VIEWS) {
      await openView(page, view, 'id', true);
      const text = await shownText(page);
      expect(wordsIn(text, ENGLISH_WORDS), view).toEqual([]);
      expect(text.match(/\d\.\d+ ?%/g) ?? [], view).toEqual([]);
    }
    expect(record.outside).toEqual([]);
  });
});

test.describe('"Your data" with files loaded, in each language', () => {
  test('English: layout, mapping, check report and data in use have no Indonesian words', async ({ page, record }) => {
    await loadFiles(page, 'en');
    expect(wordsIn(await shownText(page), INDONESIAN_WORDS)).toEqual([]);
    expect(record.outside).toEqual([]);
  });

  test('Indonesian: the same has no English words', async ({ page, record }) => {
    await loadFiles(page, 'id');
    expect(wordsIn(await shownText(page), ENGLISH_WORDS)).toEqual([]);
    expect(record.outside).toEqual([]);
  });
});

test.describe('the language switch', () => {
  test('Indonesian is the default: <html lang="id">, ID pressed, 7,28% with a decimal comma', async ({
    page,
    record,
  }) => {
    await openApp(page, '?view=kukar');
    await expect(page.locator('html')).toHaveAttribute('lang', 'id');
    await expect(page.getByRole('button', { name: 'Bahasa Indonesia' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('h1')).toHaveText('Kutai Kartanegara: 7,61% (2023) → 7,28% (2024)');
    await expect(page.getByText('Tampilkan tabel data').first()).toBeVisible();
    expect(record.outside).toEqual([]);
  });

  test('EN switches without a reload, writes lang=en and <html lang="en">; a reload keeps English; ID switches back', async ({
    page,
    record,
  }) => {
    await openApp(page, '?view=kukar');
    // A mark on the window survives only if the page is not loaded again.
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('h1')).toHaveText('Kutai Kartanegara: 7.61% (2023) → 7.28% (2024)');
    await expect(page).toHaveURL(/[?&]lang=en(&|$)/);
    await expect(page).toHaveURL(/[?&]view=district(&|$)/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByText('Show data table').first()).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);

    await page.reload();
    await expect(page.locator('[data-engine-status="ready"]')).toBeVisible({ timeout: 60_000 });
    await expect(page.locator('h1')).toHaveText('Kutai Kartanegara: 7.61% (2023) → 7.28% (2024)');
    await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
    await expect(page.locator('h1')).toHaveText('Kutai Kartanegara: 7,61% (2023) → 7,28% (2024)');
    await expect(page).not.toHaveURL(/lang=en/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'id');
    expect(record.outside).toEqual([]);
  });

  test('the language follows back and forward', async ({ page, record }) => {
    await openApp(page, '?view=kukar&lang=en');
    await page.getByRole('button', { name: 'Districts' }).click();
    await expect(page).toHaveURL(/view=districts/);
    await page.goBack();
    await expect(page.locator('h1')).toHaveText('Kutai Kartanegara: 7.61% (2023) → 7.28% (2024)');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(record.outside).toEqual([]);
  });
});
