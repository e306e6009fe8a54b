import { getContext, setContext } from 'svelte';
import type { ScaleBand, ScaleLinear } from 'd3';

/** Space kept around the plot for axes and labels, in pixels. */
export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** What the container shares with its layers: the plot size and the scales (read lazily, so they stay live). */
export interface ChartContext {
  readonly width: number;
  readonly height: number;
  readonly margin: Margin;
  readonly x: ScaleLinear<number, number>;
  readonly y: ScaleLinear<number, number> | ScaleBand<string>;
}

const KEY = Symbol('pantau-chart');

/** Shares the chart's scales with the layers below (called by the container only). */
export function setChartContext(context: ChartContext): void {
  setContext(KEY, context);
}

/** The enclosing chart's scales; layers call this. */
export function chartContext(): ChartContext {
  const context = getContext<ChartContext | undefined>(KEY);
  if (!context) throw new Error('A chart layer must be placed inside <Chart>');
  return context;
}

/** The y position of a value on either kind of y scale (band scales give the band's centre). */
export function yPosition(y: ChartContext['y'], value: number | string): number {
  if ('bandwidth' in y) return (y(String(value)) ?? 0) + y.bandwidth() / 2;
  return y(Number(value));
}

const ZOOM = Symbol('pantau-chart-zoom');

/**
 * Enlarges every chart below by a factor (presentation mode): a chart lays itself out for its width
 * divided by the factor and is drawn that much bigger, so its text grows with it.
 */
export function setChartZoom(zoom: () => number): void {
  setContext(ZOOM, zoom);
}

/** The enlargement of the charts here, read lazily (1 outside presentation mode). */
export function chartZoom(): () => number {
  return getContext<(() => number) | undefined>(ZOOM) ?? (() => 1);
}

const HEIGHT_CAP = Symbol('pantau-chart-height-cap');

/**
 * The most screen height a chart below may take (presentation mode: its share of the slide). A chart that
 * would be drawn taller lays itself out shorter, so a zoomed chart never pushes the slide past the screen.
 */
export function setChartHeightCap(cap: () => number): void {
  setContext(HEIGHT_CAP, cap);
}

/** The height a chart here may lay itself out at, given its zoom (unlimited outside presentation mode). */
export function chartHeightLimit(): () => number {
  const cap = getContext<(() => number) | undefined>(HEIGHT_CAP);
  const zoom = chartZoom();
  return cap ? () => cap() / zoom() : () => Number.POSITIVE_INFINITY;
}

const WIDTH_CAP = Symbol('pantau-chart-width-cap');

/**
 * The widest every chart below is drawn, whatever its box measures (while the page prints: the paper's
 * width). A chart drawn wider than the paper is scaled down to fit it on paper, text and all, so a view
 * printed from a wide window had charts with tiny text.
 */
export function setChartWidthCap(cap: () => number): void {
  setContext(WIDTH_CAP, cap);
}

/** The width a chart here is drawn at, given the width its box measures (uncapped unless set above). */
export function chartDrawnWidth(): (measured: number) => number {
  const cap = getContext<(() => number) | undefined>(WIDTH_CAP);
  return cap ? (measured) => Math.min(measured, cap()) : (measured) => measured;
}
