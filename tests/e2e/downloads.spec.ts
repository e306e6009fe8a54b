import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures.ts';

// Pictures of the exported images, to look at by eye (git-ignored).
const SHOTS = fileURLToPath(new URL('../../.shots/', import.meta.url));

/** Clicks a figure's download button and returns the file's name and bytes. */
async function download(
  page: Page,
  figure: Locator,
  format: 'png' | 'svg' | 'csv',
): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    figure.locator(`[data-download="${format}"]`).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

/** What the browser's own XML parser makes of an SVG file. */
interface ParsedSvg {
  error: string | null;
  root: string;
  namespace: string | null;
  width: number;
  height: number;
  title: string;
  desc: string;
  /** All text, white space removed: wrapping splits sentences and URLs across lines. */
  text: string;
  charts: string[];
}

async function parseSvg(page: Page, svg: string): Promise<ParsedSvg> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const root = doc.documentElement;
    const own = (name: string) => [...root.children].find((c) => c.localName === name)?.textContent ?? '';
    const drawn = [...root.querySelectorAll('text')].map((t) => t.textContent ?? '').join('');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: root.localName,
      namespace: root.namespaceURI,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      title: own('title'),
      desc: own('desc'),
      text: drawn.replace(/\s+/g, ''),
      charts: [...root.querySelectorAll('svg:is([role="img"], [role="group"])')].map(
        (s) => s.getAttribute('aria-label') ?? '',
      ),
    };
  }, svg);
}

const squeeze = (text: string) => text.replace(/\s+/g, '');

/** The width and height in a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Shows the downloaded images as a browser shows a file, checks they decode at their size, and keeps pictures. */
async function renderImages(
  page: Page,
  name: string,
  svg: Buffer,
  png: Buffer,
  size: { width: number; height: number },
): Promise<void> {
  const url = (type: string, bytes: Buffer) => `data:${type};base64,${bytes.toString('base64')}`;
  await page.setContent(
    `<body style="margin:0;background:#9aa5b1"><img id="svg" style="display:block" src="${url('image/svg+xml', svg)}"><img id="png" style="display:block;width:${size.width}px" src="${url('image/png', png)}"></body>`,
  );
  for (const id of ['svg', 'png']) {
    const decoded = await page.locator(`#${id}`).evaluate(async (img: HTMLImageElement) => {
      await img.decode();
      return { width: img.naturalWidth, height: img.naturalHeight };
    });
    const scale = id === 'png' ? 2 : 1;
    expect(decoded).toEqual({ width: size.width * scale, height: size.height * scale });
    mkdirSync(SHOTS, { recursive: true });
    await page.locator(`#${id}`).screenshot({ path: `${SHOTS}downloads-${name}-${id}.png` });
  }
}

test.describe('figure downloads', () => {
  test('Kukar: the SVG carries title, summary, legend, chart, sources, vintage and link; the PNG is it at 2×; the CSV has the table', async ({
    page,
    record,
  }) => {
    await openApp(page, '?view=district&area=6403');
    const figure = page.locator('[data-chart="district-6403"]');
    await expect(figure.locator('[data-chart-body] svg[role="img"]')).toBeVisible();
    const title = (await figure.locator('#district-6403-title').textContent())!;
    const summary = (await figure.locator('[data-summary]').textContent())!;
    // The image carries the sources as the page shows them: one line per publisher (the full list is one click away).
    const sources = await figure
      .locator('footer.sources > ol > li')
      .evaluateAll((items) =>
        items.map((li) => (li.querySelector(':scope > details > summary') ?? li).textContent ?? ''),
      );
    const legend = await figure.locator('[data-legend]').innerText();
    const columns = await figure.locator('thead th').allTextContents();
    expect(sources.length).toBeGreaterThan(0);

    const svg = await download(page, figure, 'svg');
    expect(svg.name).toBe('pantau-district-6403.svg');
    const png = await download(page, figure, 'png');
    expect(png.name).toBe('pantau-district-6403.png');
    const csv = await download(page, figure, 'csv');
    expect(csv.name).toBe('pantau-district-6403.csv');
    await expect(figure.locator('.failed')).toHaveCount(0);

    const parsed = await parseSvg(page, svg.bytes.toString('utf8'));
    expect(parsed.error).toBeNull();
    expect([parsed.root, parsed.namespace]).toEqual(['svg', 'http://www.w3.org/2000/svg']);
    expect(parsed.width).toBeGreaterThanOrEqual(640);
    expect([parsed.title, parsed.desc]).toEqual([title, summary]);
    for (const text of [title, summary, 'Sumber:', ...sources, 'Dataper', ...legend.split('\n')])
      expect(parsed.text).toContain(squeeze(text));
    expect(parsed.text).toMatch(/Tautan:http:\/\/127\.0\.0\.1:\d+\/\S*view=district\S*area=6403/);
    expect(parsed.charts).toHaveLength(1);
    // The axes came along: years under the chart, percentages beside it.
    expect(parsed.text).toMatch(/2024.*2025/);
    expect(parsed.text).toContain('8%');

    expect(pngSize(png.bytes)).toEqual({ width: parsed.width * 2, height: parsed.height * 2 });

    const lines = csv.bytes
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(lines[0]!.split(';').map((c) => c.replace(/^"|"$/g, ''))).toEqual(columns);
    expect(lines.length).toBeGreaterThan(2);

    await renderImages(page, 'district-6403', svg.bytes, png.bytes, parsed);
    expect(record.consoleErrors).toEqual([]);
    expect(record.outside).toEqual([]);
  });

  test('coverage map: the real boundaries with their credit line, the illustrative label, the hatch of generated figures and the "no data" swatch go into the image', async ({
    page,
    record,
  }) => {
    await openApp(page, '?view=coverage');
    const figure = page.locator('[data-chart="coverage-map"]');
    await expect(figure.locator('.geo-map svg[role="group"]')).toBeVisible();
    const illustrative = (await figure.locator('[data-illustrative]').textContent())!;
    expect(illustrative.trim()).not.toBe('');

    const svg = await download(page, figure, 'svg');
    const text = svg.bytes.toString('utf8');
    const parsed = await parseSvg(page, text);
    expect(parsed.error).toBeNull();
    expect(parsed.text).toContain(squeeze(illustrative));
    expect(text).toMatch(/<rect [^>]*stroke="#8d2b0b"[^>]*stroke-dasharray/);
    // The colour ramp and the hatched "no data" swatch of the legend, the hatch over generated figures
    // (map and legend), and the credit line of the bundled boundaries.
    expect(text).toMatch(/<linearGradient id="[^"]+"/);
    expect(text).toMatch(/<pattern [^>]*id="[^"]+-hatch"/);
    expect(text).toMatch(/style="fill: url\(#[^)]+-hatch\)/);
    expect(text).toMatch(/<pattern [^>]*id="[^"]+-over"/);
    expect(text).toMatch(/fill: url\(#[^)]+-over\)/);
    expect(parsed.text).toContain(squeeze('Ilustratif: seluruhnya atau sebagian dibuat'));
    expect(parsed.text).toContain(
      squeeze('Batas wilayah: cahyadsn/wilayah_boundaries (MIT), Kepmendagri 300.2.2-2430/2025'),
    );
    expect(text).not.toMatch(/url\((?!#)/);
    expect(parsed.text).toMatch(/Tautan:http\S*view=coverage/);

    const png = await download(page, figure, 'png');
    expect(pngSize(png.bytes)).toEqual({ width: parsed.width * 2, height: parsed.height * 2 });
    await renderImages(page, 'coverage-map', svg.bytes, png.bytes, parsed);
    expect(record.consoleErrors).toEqual([]);
    expect(record.outside).toEqual([]);
  });

  test('districts band and dot chart, in English: labels, axes and the English footer', async ({ page, record }) => {
    await openApp(page, '?view=districts&lang=en');
    const figure = page.locator('[data-chart="districts"]');
    await expect(figure.locator('[data-chart-body] svg[role="group"]')).toBeVisible();
    const names = await figure.locator('[data-chart-body] svg[role="group"] text').allTextContents();

    const svg = await download(page, figure, 'svg');
    const text = svg.bytes.toString('utf8');
    const parsed = await parseSvg(page, text);
    expect(parsed.error).toBeNull();
    for (const name of ['Balikpapan', 'Mahakam Ulu', 'Kutai Kartanegara']) expect(parsed.text).toContain(squeeze(name));
    for (const label of names) expect(parsed.text).toContain(squeeze(label));
    expect(parsed.text).toContain('Sources:');
    expect(parsed.text).toContain('Dataasof');
    expect(parsed.text).toMatch(/Link:http\S*view=districts\S*lang=en/);
    // Dots and rings keep the colours the page drew them in, with the scoped CSS gone.
    expect(text).toMatch(/<circle [^>]*style="[^"]*fill: rgb\(/);

    const png = await download(page, figure, 'png');
    expect(pngSize(png.bytes)).toEqual({ width: parsed.width * 2, height: parsed.height * 2 });
    await renderImages(page, 'districts', svg.bytes, png.bytes, parsed);
    expect(record.consoleErrors).toEqual([]);
    expect(record.outside).toEqual([]);
  });
});
