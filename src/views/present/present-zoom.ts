// Chart text is 12 px when a chart is drawn at its own size; at 1280 px wide a slide draws it 1,5 times as
// large, so the text is 18 px, legible from the back of a council room. Wider screens enlarge it further.
const CHART_WIDTH = 1280 / 1.5;
// The headline, legend and sources take about half of a slide's height; the chart gets the rest.
const CHART_SHARE = 0.44;

/** How much a slide enlarges its charts on a screen of this width: at least 1, at most 3. */
export function presentZoom(width: number): number {
  return Math.round(Math.min(3, Math.max(1, width / CHART_WIDTH)) * 100) / 100;
}

/** The most screen height a slide's chart may take: charts lay themselves out shorter to stay within it. */
export function presentChartHeight(height: number): number {
  return Math.round(height * CHART_SHARE);
}

/** The slide's base type size in pixels on a screen this wide (the headline is twice it). */
export function presentFontSize(width: number, height: number): number {
  return Math.round(Math.min(28, Math.max(14, Math.min(width / 64, height / 38))));
}
