// The map pieces rendered to HTML on the server (no DOM here): what each area gets, not how it looks.
import { readFileSync } from 'node:fs';
import { scaleSequential, interpolateBlues } from 'd3';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import ColorLegend from '../../../src/charts/ColorLegend.svelte';
import GeoMap, { type GeoDatum } from '../../../src/charts/GeoMap.svelte';
import TileMap, { type TileDatum } from '../../../src/charts/TileMap.svelte';
import { readBoundaries } from '../../../src/data/read-boundaries.ts';

const html = (body: string) => body.replace(/<!--[^]*?-->/g, '');
const count = (text: string, pattern: RegExp) => text.match(new RegExp(pattern, 'g'))?.length ?? 0;
const DARK = '#08306b';
const LIGHT = '#deebf7';

describe('TileMap', () => {
  const tiles: TileDatum[] = [
    { code: '6472', col: 0, row: 0, label: 'Samarinda', value: 80, valueText: '80%', title: 'Samarinda: 80%' },
    { code: '6474', col: 1, row: 0, label: 'Bontang', value: 10, valueText: '10%', title: 'Bontang: 10%' },
    { code: '6411', col: 0, row: 1, label: 'Mahulu', value: null, valueText: '–', title: 'Mahakam Ulu: no data' },
  ];
  const props = {
    tiles,
    cols: 2,
    rows: 2,
    fill: (v: number) => (v > 50 ? DARK : LIGHT),
    label: 'Coverage by district',
  };

  it('draws one titled tile per area at its cell, with its name and value', () => {
    const out = html(render(TileMap, { props }).body);
    expect(count(out, /<g transform="translate\(/)).toBe(3);
    expect(out).toContain('<g transform="translate(88,0)"');
    expect(out).toContain('<title>Mahakam Ulu: no data</title>');
    expect(out).toMatch(/>Bontang<\/text>.*>10%<\/text>/);
  });

  it('fills by value, hatches no data, and keeps text readable on dark tiles', () => {
    const out = html(render(TileMap, { props }).body);
    expect(out).toMatch(new RegExp(`fill="${DARK}".*?fill="white">Samarinda`));
    expect(out).toMatch(new RegExp(`fill="${LIGHT}".*?fill="#1f2933">Bontang`));
    expect(out).toMatch(/fill="url\(#[^)]+-hatch\)".*?>Mahulu/);
  });

  it('makes tiles focusable buttons only when they can be selected', () => {
    expect(html(render(TileMap, { props }).body)).not.toContain('role="button"');
    const out = html(render(TileMap, { props: { ...props, selected: '6474', onselect: () => {} } }).body);
    expect(count(out, /role="button" tabindex="0"/)).toBe(3);
    expect(out).toMatch(/aria-label="Bontang: 10%" aria-pressed="true"/);
  });
});

describe('GeoMap', () => {
  const { collection } = readBoundaries(
    readFileSync('tests/fixtures/kaltim-boundaries.geojson', 'utf8'),
    'kaltim-boundaries.geojson',
  );
  const items: GeoDatum[] = collection.features.map((feature, i) => ({
    key: String(i),
    feature,
    value: i === 6 ? null : i * 10,
    title: `area ${i}`,
  }));

  it('draws every outline inside the frame (no outline wound round the globe)', () => {
    const out = html(render(GeoMap, { props: { items, fill: () => LIGHT, label: 'map' } }).body);
    expect(count(out, /<path d="M/)).toBe(10);
    const [, width, height] = out.match(/<svg width="(\d+)" height="(\d+)"/)!.map(Number);
    expect(height).toBe(480);
    for (const [, d] of out.matchAll(/<path d="([^"]+)"/g)) {
      const xy = d!.match(/-?[\d.]+/g)!.map(Number);
      const xs = xy.filter((_, i) => i % 2 === 0);
      const ys = xy.filter((_, i) => i % 2 === 1);
      expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
      expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...xs)).toBeLessThanOrEqual(width!);
      expect(Math.max(...ys)).toBeLessThanOrEqual(height!);
      // A ring wound the wrong way fills the whole frame; every district here is well under half of it.
      expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(width! / 2);
      expect(Math.max(...ys) - Math.min(...ys)).toBeLessThan(height! / 2);
    }
  });

  it('gives each area its title and colour, and hatches the one without data', () => {
    const out = html(
      render(GeoMap, { props: { items, fill: (v: number) => (v >= 50 ? DARK : LIGHT), label: 'map' } }).body,
    );
    expect(count(out, /<title>area \d<\/title>/)).toBe(10);
    expect(count(out, new RegExp(`fill="${DARK}"`))).toBe(4);
    expect(out).toMatch(/fill="url\(#[^)]+-hatch\)"[^>]*><title>area 6</);
  });

  it('outlines the selected area on top, and makes areas buttons when selectable', () => {
    const out = html(
      render(GeoMap, { props: { items, fill: () => LIGHT, label: 'map', selected: '3', onselect: () => {} } }).body,
    );
    expect(count(out, /role="button"/)).toBe(10);
    expect(out).toMatch(/class="outline[^"]*"/);
  });
});

describe('ColorLegend', () => {
  const scale = scaleSequential(interpolateBlues).domain([0, 100]);

  it('draws a ramp with formatted ticks and a no-data swatch', () => {
    const out = html(
      render(ColorLegend, {
        props: { scale, format: (v: number) => `${v}%`, title: 'Coverage', noDataLabel: 'tidak ada data' },
      }).body,
    );
    expect(out).toContain('<linearGradient');
    expect(out).toMatch(/>0%<\/text>.*>100%<\/text>/);
    expect(out).toContain('aria-label="Coverage: 0% – 100%"');
    expect(out).toMatch(/-hatch\)".*tidak ada data/);
  });

  it('runs low to high along the ramp even for a reversed domain', () => {
    const reversed = scaleSequential(interpolateBlues).domain([100, 0]);
    const out = html(render(ColorLegend, { props: { scale: reversed, format: String, ticks: [0, 100] } }).body);
    expect(out).toMatch(/translate\(20,4\).*>0<\/text>.*translate\(220,4\).*>100<\/text>/);
    expect(out).not.toContain('hatch');
  });
});
