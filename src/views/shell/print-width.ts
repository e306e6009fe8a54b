/** The printed page's text width in CSS pixels: A4 landscape, 297 mm less the 12 mm margins of app.css's @page. */
const PAGE_TEXT_WIDTH = ((297 - 2 * 12) / 25.4) * 96;

/** A figure's frame and padding on paper (ChartFigure.svelte's print rules, at the 9 pt print size), rounded up. */
const FIGURE_INSET = 24;

/**
 * The widest a chart is drawn while the page prints. Drawn at the window's width, a chart on paper was
 * scaled down to the page, text and all: from a 1920 px window its labels printed at about half size.
 */
export const PRINT_CHART_WIDTH = Math.floor(PAGE_TEXT_WIDTH - FIGURE_INSET);

/**
 * The tallest a chart is drawn while the page prints: ChartFigure.svelte's print cap (70 mm) in CSS pixels.
 * A chart drawn taller would be scaled down into the cap, its text with it.
 */
export const PRINT_CHART_HEIGHT = Math.floor((70 / 25.4) * 96);
