import type { FigureMeta } from './figure-meta.ts';

/**
 * A standalone SVG document of a rendered chart figure: the title, summary and illustrative label
 * above, the legend and the chart's own SVG (styles inlined), and the note, sources, vintage and link below.
 */
export function figureSvg(figure: HTMLElement, meta: FigureMeta): string {
  void figure;
  void meta;
  throw new Error('not implemented');
}

/** An SVG document drawn onto a canvas at `scale` device pixels per CSS pixel, as PNG. */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  void svg;
  void scale;
  throw new Error('not implemented');
}
