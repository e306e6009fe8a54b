import { describe, expect, it } from 'vitest';
import { firstSlideOf, slideIndex } from '../../../src/views/present/slide-order.ts';
import { presentFontSize, presentZoom } from '../../../src/views/present/present-zoom.ts';

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
  it('enlarges charts on a full-HD projector, never shrinks them on a small one, and stops at 3', () => {
    expect(presentZoom(1920, 1080)).toBe(1.28);
    expect(presentZoom(1024, 768)).toBe(1);
    expect(presentZoom(7680, 4320)).toBe(3);
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
