import { describe, expect, it } from 'vitest';
import {
  composeFigure,
  FIGURE_LAYOUT,
  type FigureParts,
  type MeasureFor,
} from '../../../src/components/export/compose-figure.ts';
import type { FigureMeta } from '../../../src/components/export/figure-meta.ts';

// Every character half the font size wide, as a stand-in for a canvas.
const measureFor: MeasureFor = (style) => (text) => text.length * style.size * 0.5;

const META: FigureMeta = {
  title: 'Kemiskinan Kutai Kartanegara',
  summary: 'Kemiskinan Kukar turun 0,33 poin, dari 7,61% (2023) menjadi 7,28% (2024)',
  sourcesLabel: 'Sumber',
  sources: ['BPS Kukar', 'BPS Kaltim & "Susenas"'],
  vintage: 'Data per: Maret 2024',
  linkLabel: 'Tautan',
  link: 'http://127.0.0.1:4185/pantau/?view=kukar&lang=id',
};

const CHART = {
  markup:
    '<svg xmlns="http://www.w3.org/2000/svg" width="900" height="320" viewBox="0 0 900 320"><path d="M0,0L10,10"/></svg>',
  rect: { left: 40, top: 500, width: 900, height: 320 },
};
const SWATCH = {
  markup: '<svg width="22" height="12"><line x1="1" x2="21" y1="6" y2="6" stroke="red"/></svg>',
  width: 22,
  height: 12,
};

const parts = (over: Partial<FigureParts> = {}): FigureParts => ({
  meta: META,
  fontFamily: 'system-ui, "Segoe UI", sans-serif',
  legend: [],
  charts: [CHART],
  ...over,
});
const texts = (svg: string) =>
  [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" font-size="(\d+)"[^>]*>(.*?)<\/text>/g)].map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
    size: Number(m[3]),
    text: m[4]!.replace(/<\/?tspan[^>]*>/g, ''),
  }));
const size = (svg: string) =>
  svg
    .match(/<svg [^>]*width="(\d+)" height="(\d+)" viewBox="0 0 (\d+) (\d+)"/)!
    .slice(1)
    .map(Number);

describe('composeFigure', () => {
  it('is a standalone SVG document with a title, a description and a white ground', () => {
    const svg = composeFigure(parts(), measureFor);
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" /);
    expect(svg).toContain(`<title>${META.title}</title><desc>${META.summary}</desc>`);
    expect(svg).toMatch(/<rect width="\d+" height="\d+" fill="#ffffff"\/>/);
    expect(svg).toContain('font-family="system-ui, &quot;Segoe UI&quot;, sans-serif"');
  });

  it('is as wide as the chart plus margins, and at least 640', () => {
    const [w, h, vw, vh] = size(composeFigure(parts(), measureFor));
    expect([w, vw]).toEqual([900 + 2 * FIGURE_LAYOUT.pad, 900 + 2 * FIGURE_LAYOUT.pad]);
    expect(vh).toBe(h);
    const narrow = { ...CHART, rect: { ...CHART.rect, width: 300 } };
    expect(size(composeFigure(parts({ charts: [narrow] }), measureFor))[0]).toBe(640);
  });

  it('sets title, summary, chart, then note, sources, vintage and link, top to bottom', () => {
    const svg = composeFigure(parts({ meta: { ...META, note: 'Angka sementara.' } }), measureFor);
    const lines = texts(svg);
    const order = [
      'Kemiskinan Kutai',
      'Kemiskinan Kukar turun',
      'Angka sementara.',
      'Sumber: BPS Kukar; BPS Kaltim &amp; &quot;Susenas&quot;',
      'Data per: Maret 2024',
      'Tautan: http',
    ];
    const ys = order.map((start) => lines.find((l) => l.text.startsWith(start))!.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(lines[0]).toMatchObject({ x: FIGURE_LAYOUT.pad, size: 18 });
    const chartAt = Number(svg.match(/<g transform="translate\([\d.]+,([\d.]+)\)"><svg xmlns/)![1]);
    expect(chartAt).toBeGreaterThan(ys[1]!);
    expect(chartAt + 320).toBeLessThan(ys[2]!);
  });

  it('wraps long texts to the width and escapes them, the link broken by characters', () => {
    const link = `http://127.0.0.1:4185/pantau/?view=kukar&lang=id&${'x'.repeat(200)}`;
    const svg = composeFigure(parts({ meta: { ...META, link } }), measureFor);
    const linkLines = texts(svg).filter(
      (l) => l.size === 12 && !l.text.startsWith('Sumber') && !l.text.startsWith('Data per'),
    );
    expect(linkLines.length).toBeGreaterThan(1);
    expect(
      linkLines
        .map((l) => l.text)
        .join('')
        .replace(/&amp;/g, '&'),
    ).toBe(`Tautan: ${link}`);
    for (const l of texts(svg)) expect(l.text.replace(/&\w+;/g, '&').length * l.size * 0.5).toBeLessThanOrEqual(900);
    expect(svg).not.toMatch(/&(?!amp;|quot;|lt;|gt;|apos;)/);
  });

  it('draws the illustrative label bold and dark orange in a dashed box, only when given', () => {
    expect(composeFigure(parts(), measureFor)).not.toContain('stroke-dasharray="5 3"');
    const svg = composeFigure(
      parts({ meta: { ...META, illustrative: 'Data ilustratif, bukan data resmi' } }),
      measureFor,
    );
    expect(svg).toMatch(
      /<rect [^>]*stroke="#8d2b0b" stroke-width="1.5" stroke-dasharray="5 3"\/><text [^>]*font-weight="700" fill="#8d2b0b">Data ilustratif, bukan data resmi<\/text>/,
    );
  });

  it('lays legend entries side by side, each swatch before its label, wrapping to a new row', () => {
    const legend = Array.from({ length: 8 }, (_, i) => ({ swatch: SWATCH, label: `Seri nomor ${i + 1}` }));
    const svg = composeFigure(parts({ legend }), measureFor);
    const labels = texts(svg).filter((l) => l.text.startsWith('Seri'));
    expect(labels).toHaveLength(8);
    // "Seri nomor 1" at 13px is 78px wide, with swatch, gap and spacing an item takes 124px: 7 fit in 900.
    expect(new Set(labels.map((l) => l.y)).size).toBe(2);
    expect(labels[0]!.x).toBe(FIGURE_LAYOUT.pad + 22 + FIGURE_LAYOUT.swatchGap);
    expect(svg.match(/<svg width="22" height="12">/g)).toHaveLength(8);
  });

  it('draws a ramp without a label and a text-only entry', () => {
    const ramp = { markup: '<svg width="240" height="48" role="img"><rect/></svg>', width: 240, height: 48 };
    const svg = composeFigure(parts({ legend: [{ swatch: ramp, label: '' }, { label: 'Tanpa data' }] }), measureFor);
    expect(svg).toContain('<svg width="240" height="48" role="img">');
    expect(texts(svg).find((l) => l.text === 'Tanpa data')!.x).toBe(
      FIGURE_LAYOUT.pad + 240 + FIGURE_LAYOUT.legendGap.width,
    );
  });

  it('sets the labels of sources and link in bold', () => {
    const svg = composeFigure(parts(), measureFor);
    expect(svg).toContain('<tspan font-weight="700">Sumber: </tspan>BPS Kukar;');
    expect(svg).toContain(
      '<tspan font-weight="700">Tautan: </tspan>http://127.0.0.1:4185/pantau/?view=kukar&amp;lang=id</text>',
    );
  });

  it('makes room for labels that run past the edge of the chart', () => {
    const ink = { left: 40, top: 490, width: 960, height: 330 };
    const svg = composeFigure(parts({ charts: [{ ...CHART, ink }] }), measureFor);
    expect(size(svg)[0]).toBe(960 + 2 * FIGURE_LAYOUT.pad);
    const plain = composeFigure(parts(), measureFor);
    const at = (s: string) => Number(s.match(/<g transform="translate\([\d.]+,([\d.]+)\)"><svg xmlns/)![1]);
    // The chart moves down by the 10px its labels stick out above it.
    expect(at(svg) - at(plain)).toBe(10);
  });

  it('leaves out what is missing: no sources, no vintage, no charts', () => {
    const svg = composeFigure(parts({ meta: { ...META, sources: [], vintage: undefined }, charts: [] }), measureFor);
    expect(svg).not.toContain('Sumber');
    expect(svg).not.toContain('Data per');
    expect(svg).toContain('Tautan: ');
  });
});
