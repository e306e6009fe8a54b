import type { FigureMeta } from './figure-meta.ts';
import { flowRows } from './flow-rows.ts';
import type { Rect } from './rect.ts';
import { stackCharts } from './stack-charts.ts';
import { round, textLines } from './text-lines.ts';
import { FIGURE_TEXT, lineBox, type TextStyle } from './text-style.ts';
import { wrapText, type Measure } from './wrap-text.ts';
import { xmlEscape } from './xml-escape.ts';

/** A piece of SVG markup (a chart, a legend swatch) and the room it takes in CSS pixels. */
export interface SvgPart {
  markup: string;
  width: number;
  height: number;
}

/** One legend entry: a swatch or ramp, its label, or both. */
export interface LegendPart {
  swatch?: SvgPart;
  label: string;
}

/**
 * A chart's SVG and where the page drew it (charts side by side stay side by side); `ink`, when
 * given, is the box of all it drew, larger than `rect` where labels run over the SVG's edge.
 */
export interface ChartPart {
  markup: string;
  rect: Rect;
  ink?: Rect;
}

/** Everything an exported figure is made of, read from the page beforehand. */
export interface FigureParts {
  meta: FigureMeta;
  fontFamily: string;
  legend: LegendPart[];
  charts: ChartPart[];
}

/** Measures text set in a style (a canvas in the browser, a stand-in in tests). */
export type MeasureFor = (style: TextStyle) => Measure;

/** Margins and gaps of the exported image, in CSS pixels. */
export const FIGURE_LAYOUT = {
  pad: 24,
  minWidth: 640,
  chartGap: 16,
  legendGap: { width: 18, height: 8 },
  swatchGap: 6,
  box: { x: 8, y: 4 },
};

interface Block {
  markup: string;
  height: number;
}

type Place = (top: number) => Block;

/**
 * The standalone SVG document of a figure: white ground; title, summary and the illustrative label;
 * the legend, wrapped into rows; the charts; then note, sources, vintage and link, all wrapped to the width.
 */
export function composeFigure(parts: FigureParts, measureFor: MeasureFor): string {
  const { pad, minWidth, chartGap } = FIGURE_LAYOUT;
  const stack = stackCharts(
    parts.charts.map((c) => c.ink ?? c.rect),
    chartGap,
  );
  const width = Math.max(minWidth, Math.ceil(stack.size.width) + 2 * pad);
  const text = (content: string | undefined, style: TextStyle, after = 0, lead = ''): Place | null =>
    content
      ? (top) => paragraph(`${lead}${content}`, style, { x: pad, top, width: width - 2 * pad }, measureFor, after, lead)
      : null;
  const m = parts.meta;
  const sections: (Place | null)[] = [
    text(m.title, FIGURE_TEXT.title, 2),
    text(m.summary, FIGURE_TEXT.summary, 10),
    m.illustrative
      ? (top) => illustrativeBox(m.illustrative!, { x: pad, top, width: width - 2 * pad }, measureFor)
      : null,
    parts.legend.length ? (top) => legend(parts.legend, { x: pad, top, width: width - 2 * pad }, measureFor) : null,
    parts.charts.length ? (top) => charts(parts.charts, stack, pad, top) : null,
    (top) => rule(pad, top, width - pad),
    text(m.note, FIGURE_TEXT.note, 6),
    text(m.sources.join('; '), FIGURE_TEXT.footer, 2, `${m.sourcesLabel}: `),
    text(m.vintage, FIGURE_TEXT.footer, 2),
    text(m.link, FIGURE_TEXT.footer, 0, `${m.linkLabel}: `),
  ];
  const { markup, height } = stackBlocks(sections, pad);
  return svgDocument(parts, width, Math.ceil(height + pad), markup);
}

/** Sections one under another from `top`, each taking its own room below; a missing one takes none. */
function stackBlocks(sections: (Place | null)[], top: number): Block {
  let y = top;
  let markup = '';
  for (const place of sections) {
    if (!place) continue;
    const block = place(y);
    markup += block.markup;
    y += block.height;
  }
  return { markup, height: y };
}

interface Area {
  x: number;
  top: number;
  width: number;
}

/** A text wrapped to the width, with `after` pixels of room below it; its `lead` label in bold. */
function paragraph(
  content: string,
  style: TextStyle,
  at: Area,
  measureFor: MeasureFor,
  after: number,
  lead = '',
): Block {
  const regular = measureFor(style);
  const bold = measureFor({ ...style, weight: 700 });
  const measure: Measure = (line) =>
    lead && line.startsWith(lead) ? bold(lead) + regular(line.slice(lead.length)) : regular(line);
  const lines = wrapText(content, at.width, measure);
  return { markup: textLines(lines, at.x, at.top, style, lead), height: lines.length * lineBox(style) + after };
}

/** The illustrative label in a dashed box, as on the page: no one may take the figure for real data. */
function illustrativeBox(label: string, at: Area, measureFor: MeasureFor): Block {
  const { box } = FIGURE_LAYOUT;
  const style = FIGURE_TEXT.illustrative;
  const measure = measureFor(style);
  const lines = wrapText(label, at.width - 2 * box.x, measure);
  const width = Math.max(...lines.map(measure)) + 2 * box.x;
  const height = lines.length * lineBox(style) + 2 * box.y;
  const frame = `<rect x="${round(at.x)}" y="${round(at.top)}" width="${round(width)}" height="${round(height)}" rx="4" fill="#fff4ee" stroke="${style.fill}" stroke-width="1.5" stroke-dasharray="5 3"/>`;
  return { markup: frame + textLines(lines, at.x + box.x, at.top + box.y, style), height: height + 12 };
}

/** The legend entries, left to right, wrapping into rows; swatches and ramps keep their size. */
function legend(entries: LegendPart[], at: Area, measureFor: MeasureFor): Block {
  const style = FIGURE_TEXT.legend;
  const items = entries.map((entry) => legendItem(entry, at.width, measureFor(style)));
  const flow = flowRows(items, at.width, FIGURE_LAYOUT.legendGap);
  const markup = items.map((item, i) => item.place(at.x + flow.points[i]!.x, at.top + flow.points[i]!.y)).join('');
  return { markup: `<g data-legend="">${markup}</g>`, height: flow.height + 12 };
}

/** One legend entry measured, with a function that draws it at a top-left corner. */
function legendItem(entry: LegendPart, maxWidth: number, measure: Measure) {
  const style = FIGURE_TEXT.legend;
  const swatch = entry.swatch;
  const indent = swatch ? swatch.width + (entry.label ? FIGURE_LAYOUT.swatchGap : 0) : 0;
  const lines = entry.label ? wrapText(entry.label, Math.max(1, maxWidth - indent), measure) : [];
  const textHeight = lines.length * lineBox(style);
  const width = indent + Math.max(0, ...lines.map(measure));
  const height = Math.max(swatch?.height ?? 0, textHeight);
  // The swatch is centred on the first line of its label, as the page's inline-flex centres it.
  const band = Math.max(swatch?.height ?? 0, Math.min(lineBox(style), textHeight));
  const place = (x: number, y: number) =>
    (swatch ? translated(swatch.markup, x, y + (band - swatch.height) / 2) : '') +
    textLines(lines, x + indent, y + Math.max(0, (band - textHeight) / 2), style);
  return { width, height, place };
}

/** The chart SVGs where stackCharts put them. */
function charts(parts: ChartPart[], stack: ReturnType<typeof stackCharts>, x: number, top: number): Block {
  const markup = parts
    .map((chart, i) => {
      const ink = chart.ink ?? chart.rect;
      return translated(
        chart.markup,
        x + stack.points[i]!.x + chart.rect.left - ink.left,
        top + stack.points[i]!.y + chart.rect.top - ink.top,
      );
    })
    .join('');
  return { markup, height: stack.size.height + FIGURE_LAYOUT.chartGap };
}

/** A thin line that sets the sources apart from the chart. */
function rule(x1: number, top: number, x2: number): Block {
  return {
    markup: `<line x1="${x1}" x2="${x2}" y1="${round(top)}" y2="${round(top)}" stroke="#d9e2ec" stroke-width="1"/>`,
    height: 11,
  };
}

/** Markup moved to a position; a group's transform works the same in browsers and editors. */
function translated(markup: string, x: number, y: number): string {
  return `<g transform="translate(${round(x)},${round(y)})">${markup}</g>`;
}

/** The document around the drawn figure: size, title and description for screen readers, white ground. */
function svgDocument(parts: FigureParts, width: number, height: number, body: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" font-family="${xmlEscape(parts.fontFamily)}">` +
    `<title>${xmlEscape(parts.meta.title)}</title><desc>${xmlEscape(parts.meta.summary)}</desc>` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>${body}</svg>\n`
  );
}
