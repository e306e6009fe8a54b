// Golden SVGs: every chart layer, and the compositions the views draw, rendered with svelte/server and
// compared with a committed file under __golden__/. A change to a layer's output fails here; review the
// new picture in the diff and accept it with `npm run golden` (vitest -u on this file only).
import { render } from 'svelte/server';
import type { Component } from 'svelte';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { scaleSequential, interpolateBlues } from 'd3';
import Area from '../../../src/charts/Area.svg.svelte';
import AxisTitle from '../../../src/charts/AxisTitle.svg.svelte';
import AxisX from '../../../src/charts/AxisX.svg.svelte';
import AxisY from '../../../src/charts/AxisY.svg.svelte';
import Bars from '../../../src/charts/Bars.svg.svelte';
import ColorLegend from '../../../src/charts/ColorLegend.svelte';
import Dots from '../../../src/charts/Dots.svg.svelte';
import GeoMap, { type GeoDatum } from '../../../src/charts/GeoMap.svelte';
import HatchPattern from '../../../src/charts/HatchPattern.svg.svelte';
import Labels from '../../../src/charts/Labels.svg.svelte';
import Line from '../../../src/charts/Line.svg.svelte';
import OverlayHatch from '../../../src/charts/OverlayHatch.svg.svelte';
import PointLabels from '../../../src/charts/PointLabels.svg.svelte';
import RuleX from '../../../src/charts/RuleX.svg.svelte';
import Spans from '../../../src/charts/Spans.svg.svelte';
import SwatchLegend from '../../../src/charts/SwatchLegend.svelte';
import TileMap, { type TileDatum } from '../../../src/charts/TileMap.svelte';
import { readBoundaries } from '../../../src/data/read-boundaries.ts';
import ChartHarness from './golden/ChartHarness.svelte';

/**
 * Rendered markup made stable and readable: comments and Svelte's hydration marks out, numbers rounded to
 * two decimals (a sub-pixel change is not a change), style hashes dropped, one element per line.
 */
function goldenSvg(markup: string): string {
  return (
    markup
      .replace(/<!--[^]*?-->/g, '')
      // Svelte's scoped-style hashes change with any CSS edit; the drawing does not.
      .replace(/ ?svelte-[a-z0-9]+/g, '')
      .replace(/ class=""/g, '')
      .replace(/-?\d+\.\d+(e-?\d+)?/g, (n) => String(Math.round(Number(n) * 100) / 100))
      .replace(/>\s*</g, '>\n<')
      .trim()
      .concat('\n')
  );
}

// .html: the markup holds the chart's wrapper too, and a browser opens it as a picture.
const golden = (name: string) => `./__golden__/${name}.html`;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any layer, each with its own props
type Layer = { component: Component<any>; props: Record<string, unknown> };
const layer = <P extends object>(component: Component<P>, props: NoInfer<P>): Layer => ({
  component,
  props: props as Record<string, unknown>,
});

function inChart(
  layers: Layer[],
  xDomain: [number, number] = [2015, 2030],
  yDomain: [number, number] | string[] = [0, 8],
): string {
  return goldenSvg(render(ChartHarness, { props: { xDomain, yDomain, layers } }).body);
}

// Kaltim's March series (a few points) and a projection band, enough to exercise every layer.
const MARCH = [
  { x: 2015, y: 6.23 },
  { x: 2019, y: 5.94 },
  { x: 2023, y: 6.11 },
  { x: 2025, y: 5.17 },
];
const BAND = [
  { x: 2025, y0: 5.17, y1: 5.17 },
  { x: 2027, y0: 3.9, y1: 5.0 },
  { x: 2029, y0: 3.1, y1: 4.9 },
];
const pct = (v: number) => `${v.toFixed(1).replace('.', ',')}%`;
const DISTRICTS = ['Kutai Kartanegara', 'Samarinda', 'Paser'];

describe('each chart layer inside a Chart', () => {
  const cases: [string, Layer[], [number, number]?, ([number, number] | string[])?][] = [
    ['line', [layer(Line, { data: MARCH, stroke: '#1f4e79', label: 'Maret' })]],
    ['line-dashed', [layer(Line, { data: MARCH, stroke: '#888', width: 1.5, dash: '4 3' })]],
    [
      'area',
      [layer(Area, { data: BAND, fill: '#1f4e79', opacity: 0.2, stroke: '#1f4e79', dash: '2 2', label: 'band' })],
    ],
    ['dots', [layer(Dots, { data: MARCH.map((d) => ({ ...d, title: pct(d.y) })), fill: '#1f4e79', r: 4 })]],
    ['dots-hollow-diamond', [layer(Dots, { data: MARCH, fill: '#c0392b', hollow: true, shape: 'diamond' })]],
    [
      'labels',
      [
        layer(Labels, {
          data: MARCH.map((d) => ({ ...d, text: pct(d.y) })),
          fill: '#333',
          dy: -8,
          anchor: 'middle',
          weight: 600,
        }),
      ],
    ],
    [
      'point-labels',
      [
        layer(PointLabels, {
          data: MARCH.map((d, i) => ({ ...d, text: `titik ${i}`, href: i ? undefined : '?view=district&area=6403' })),
          fill: '#333',
          r: 4,
        }),
      ],
    ],
    ['rule-x', [layer(RuleX, { x: 2026, stroke: '#c0392b', label: 'Target 2026', dash: '3 3' })]],
    ['axis-x', [layer(AxisX, { format: (v: number) => String(v), integer: true })]],
    ['axis-x-ticks', [layer(AxisX, { ticks: [2015, 2020, 2025], format: (v: number) => `'${String(v).slice(2)}` })]],
    ['axis-y', [layer(AxisY, { ticks: 4, format: pct, grid: true })]],
    ['axis-titles', [layer(AxisTitle, { axis: 'x', text: 'Tahun' }), layer(AxisTitle, { axis: 'y', text: 'Persen' })]],
    [
      'bars',
      [layer(Bars, { data: DISTRICTS.map((y, i) => ({ y, x: 7.28 - i, title: y })), fill: '#1f4e79' })],
      [0, 8],
      DISTRICTS,
    ],
    [
      'bars-selectable',
      [
        layer(Bars, {
          data: DISTRICTS.map((y, i) => ({ y, x: 5 - i, x0: 1 })),
          fill: '#1f4e79',
          selected: 'Samarinda',
          onselect: () => {},
        }),
      ],
      [0, 8],
      DISTRICTS,
    ],
    [
      'axis-y-band-links',
      [layer(AxisY, { href: (v: string) => (v === 'Paser' ? '?view=district&area=6401' : undefined) })],
      [0, 8],
      DISTRICTS,
    ],
    [
      'spans',
      [layer(Spans, { data: DISTRICTS.map((y, i) => ({ y, x1: 7.61 - i, x2: 7.28 - i })), stroke: '#888', width: 3 })],
      [0, 8],
      DISTRICTS,
    ],
  ];

  it.each(cases)('%s', async (name, layers, xDomain, yDomain) => {
    await expect(inChart(layers, xDomain, yDomain)).toMatchFileSnapshot(golden(name));
  });

  it('the trend chart composition: band, line, dots, labels, target rule, axes', async () => {
    const svg = inChart([
      layer(AxisY, { ticks: 4, format: pct, grid: true }),
      layer(AxisX, { format: (v: number) => String(v), integer: true }),
      layer(Area, { data: BAND, fill: '#1f4e79', opacity: 0.15 }),
      layer(Line, { data: MARCH, stroke: '#1f4e79' }),
      layer(Line, { data: [MARCH[3]!, { x: 2029, y: 4.0 }], stroke: '#1f4e79', dash: '4 3' }),
      layer(Dots, { data: MARCH, fill: '#1f4e79' }),
      layer(Labels, { data: [{ ...MARCH[3]!, text: '5,17%' }], fill: '#1f4e79', dx: 6 }),
      layer(RuleX, { x: 2026, stroke: '#c0392b', label: '3% (2026)' }),
    ]);
    await expect(svg).toMatchFileSnapshot(golden('composed-trend'));
  });

  it('the scatter composition: dots, point labels, axis titles', async () => {
    const points = [
      { x: 12, y: -0.33, text: 'Kukar' },
      { x: 20, y: -0.1, text: 'Samarinda' },
      { x: 8, y: 0.05, text: 'Paser' },
    ];
    const svg = inChart(
      [
        layer(AxisY, { ticks: 4, grid: true }),
        layer(AxisX, { ticks: [0, 10, 20, 30] }),
        layer(AxisTitle, { axis: 'x', text: 'Cakupan (%)' }),
        layer(AxisTitle, { axis: 'y', text: 'Perubahan (poin)' }),
        layer(Dots, { data: points, fill: '#1f4e79', r: 5 }),
        layer(PointLabels, { data: points, fill: '#333', r: 5 }),
      ],
      [0, 30],
      [-0.5, 0.2],
    );
    await expect(svg).toMatchFileSnapshot(golden('composed-scatter'));
  });
});

describe('the maps and legends', () => {
  const tiles: TileDatum[] = [
    { code: '6472', col: 0, row: 0, label: 'Samarinda', value: 80, valueText: '80%', title: 'Samarinda: 80%' },
    { code: '6474', col: 1, row: 0, label: 'Bontang', value: 10, valueText: '10%', title: 'Bontang: 10%' },
    {
      code: '6411',
      col: 0,
      row: 1,
      label: 'Mahulu',
      value: null,
      valueText: '–',
      title: 'Mahakam Ulu: tidak ada data',
    },
    { code: '6401', col: 1, row: 1, label: 'Paser', value: 40, valueText: '40%', title: 'Paser: 40%', hatched: true },
  ];

  it('tile map', async () => {
    const out = render(TileMap, {
      props: { tiles, cols: 2, rows: 2, fill: (v: number) => (v > 50 ? '#08306b' : '#deebf7'), label: 'Cakupan' },
    });
    await expect(goldenSvg(out.body)).toMatchFileSnapshot(golden('tile-map'));
  });

  it('geo map (the kabupaten fixture)', async () => {
    const { collection } = readBoundaries(
      readFileSync('tests/fixtures/kaltim-boundaries.geojson', 'utf8'),
      'kaltim-boundaries.geojson',
    );
    const items: GeoDatum[] = collection.features.map((feature, i) => ({
      key: String(i),
      feature,
      value: i === 6 ? null : i * 10,
      title: `area ${i}`,
      hatched: i === 2,
      muted: i === 3,
    }));
    const color = scaleSequential(interpolateBlues).domain([0, 100]);
    const out = render(GeoMap, { props: { items, fill: (v: number) => color(v), label: 'Peta' } });
    await expect(goldenSvg(out.body)).toMatchFileSnapshot(golden('geo-map'));
  });

  it('colour legend, swatch legend and the hatch patterns', async () => {
    const color = scaleSequential(interpolateBlues).domain([0, 100]);
    const legend = render(ColorLegend, {
      props: {
        scale: color,
        format: (v: number) => `${v}%`,
        title: 'Cakupan (%)',
        ticks: [0, 50, 100],
        noDataLabel: 'Tidak ada data',
      },
    }).body;
    const items = [
      { kind: 'solid' as const, label: 'Data resmi' },
      { kind: 'hatched' as const, label: 'Ilustratif' },
      { kind: 'muted' as const, label: 'Tidak berlaku' },
    ];
    const swatches = render(SwatchLegend, { props: { items, colour: '#6baed6' } }).body;
    const hatch = render(HatchPattern, { props: { id: 'h', fill: '#eee', hatch: '#999' } }).body;
    const overlay = render(OverlayHatch, { props: { id: 'o' } }).body;
    await expect(goldenSvg([legend, swatches, hatch, overlay].join('\n'))).toMatchFileSnapshot(
      golden('legends-and-hatches'),
    );
  });
});
