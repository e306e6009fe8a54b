import { describe, expect, it } from 'vitest';
import { firstSlideOf, slideIndex } from '../../../src/views/present/slide-order.ts';
import { presentChartHeight, presentFontSize, presentZoom } from '../../../src/views/present/present-zoom.ts';

const DECK = [
  { id: 'overview', view: 'overview' },
  { id: 'targets-64', view: 'targets' },
  { id: 'scenario', view: 'targets' },
] as const;

describe('slideIndex', () => {
  it('finds a slide by id; an unknown or empty id shows the first slide', () => {
    expect(slideIndex('scenario', DECK)).toBe(2);
    expect(slideIndex('nowhere', DECK)).toBe(0);
    expect(slideIndex('', DECK)).toBe(0);
  });
});

describe('firstSlideOf', () => {
  it("opens on the view's first chart, or the deck's first slide for a view without one", () => {
    expect(firstSlideOf('targets', DECK)).toBe('targets-64');
    expect(firstSlideOf('data', DECK)).toBe('overview');
  });
});

describe('presentZoom', () => {
  it('draws chart text (12 px) at 18 px on a 1280 px projector, more on a wider one, never shrinks, stops at 3', () => {
    expect(presentZoom(1280) * 12).toBe(18);
    expect(presentZoom(1920)).toBe(2.25);
    expect(presentZoom(800)).toBe(1);
    expect(presentZoom(7680)).toBe(3);
  });

  it('gives the chart 44% of the slide height, so the headline, legend and sources fit with it', () => {
    expect(presentChartHeight(720)).toBe(317);
    expect(presentChartHeight(1080)).toBe(475);
  });
});

describe('presentFontSize', () => {
  it('grows the type with the screen, between 14 and 28 pixels', () => {
    expect(presentFontSize(1920, 1080)).toBe(28);
    expect(presentFontSize(1280, 720)).toBe(19);
    expect(presentFontSize(800, 600)).toBe(14);
    expect(presentFontSize(390, 844)).toBe(14);
  });
});
