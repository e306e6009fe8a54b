// A chart is laid out for about this width and height; the slide enlarges it to fill the screen.
const CHART_WIDTH = 1100;
const CHART_HEIGHT = 380;
// The headline, legend and sources take about half of a slide's height.
const CHART_SHARE = 0.45;

/** How much a slide enlarges its chart on a screen of this size: at least 1, at most 3. */
export function presentZoom(width: number, height: number): number {
  const zoom = Math.min(width / CHART_WIDTH, (height * CHART_SHARE) / CHART_HEIGHT);
  return Math.round(Math.min(3, Math.max(1, zoom)) * 100) / 100;
}

/** The slide's base type size in pixels on a screen this wide (the headline is twice it). */
export function presentFontSize(width: number, height: number): number {
  return Math.round(Math.min(28, Math.max(14, Math.min(width / 64, height / 38))));
}
