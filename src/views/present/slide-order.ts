import type { ViewId } from '../../state/app-params.ts';
import type { SlidePlace } from './slide.ts';

/** The position of a slide in the deck by its id; an unknown id shows the first slide. */
export function slideIndex(id: string, slides: readonly Pick<SlidePlace, 'id'>[]): number {
  return Math.max(
    0,
    slides.findIndex((s) => s.id === id),
  );
}

/** The slide a presentation opens on from a view: that view's first chart, or the first slide. */
export function firstSlideOf(view: ViewId, slides: readonly Pick<SlidePlace, 'id' | 'view'>[]): string {
  return (slides.find((s) => s.view === view) ?? slides[0]!).id;
}

/** The `present` value that opens the briefing pack (every slide, one page each) instead of one slide. */
export const BRIEFING = 'briefing';
