import type { SvgPart } from './compose-figure.ts';
import { inlineStyles } from './inline-styles.ts';
import { unionRect, type Rect } from './rect.ts';
import { round } from './text-lines.ts';

/** What an SVG draws; their boxes say how far labels run past the SVG's own edge. */
const DRAWN = 'text, path, line, polyline, polygon, circle, ellipse, rect, image, use';

/**
 * A rendered SVG of the page as standalone markup: styles inlined, `viewBox`, `<defs>` and `<title>`s
 * kept, sized as the page drew it; with the box it took on the page and the box of all it drew
 * (`ink`: larger where labels overflow the edge, as the page lets them).
 */
export function cloneSvg(svg: SVGSVGElement): SvgPart & { rect: Rect; ink: Rect } {
  const box = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  const width = round(box.width);
  const height = round(box.height);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  const markup = new XMLSerializer().serializeToString(clone);
  const rect = { left: box.left, top: box.top, width, height };
  return { markup, width, height, rect, ink: unionRect(rect, ...drawnBoxes(svg)) };
}

/** The page boxes of what an SVG draws; things in <defs> and hidden things have none. */
function drawnBoxes(svg: SVGSVGElement): Rect[] {
  return [...svg.querySelectorAll(DRAWN)]
    .map((e) => e.getBoundingClientRect())
    .filter((b) => b.width > 0 || b.height > 0)
    .map((b) => ({ left: b.left, top: b.top, width: b.width, height: b.height }));
}
