import { composeFigure, type ChartPart } from './compose-figure.ts';
import { cloneSvg } from './clone-svg.ts';
import type { FigureMeta } from './figure-meta.ts';
import { legendEntries } from './legend-entries.ts';
import { canvasMeasure } from './text-measure.ts';
import { FALLBACK_FONT } from './text-style.ts';

export { svgToPng } from './svg-to-png.ts';

/**
 * A standalone SVG document of a rendered chart figure: the title, summary and illustrative label
 * above, the legend and the chart's own SVG (styles inlined), and the note, sources, vintage and link below.
 */
export function figureSvg(figure: HTMLElement, meta: FigureMeta): string {
  const fontFamily = getComputedStyle(figure).fontFamily || FALLBACK_FONT;
  const legend = figure.querySelector('[data-legend]');
  return composeFigure(
    { meta, fontFamily, legend: legend ? legendEntries(legend) : [], charts: chartParts(figure) },
    canvasMeasure(fontFamily),
  );
}

/** The chart SVGs of a figure's body, as drawn; the HTML around them (notes, file inputs) stays out. */
function chartParts(figure: HTMLElement): ChartPart[] {
  const svgs = [...figure.querySelectorAll<SVGSVGElement>('[data-chart-body] svg:is([role="img"], [role="group"])')];
  return svgs
    .filter((svg) => !svg.parentElement?.closest('svg') && svg.getClientRects().length > 0)
    .map((svg) => {
      const { markup, rect, ink } = cloneSvg(svg);
      return { markup, rect, ink };
    });
}
