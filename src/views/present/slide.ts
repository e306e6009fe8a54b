import type { Component } from 'svelte';
import type { Lang } from '../../i18n/format.ts';
import type { ViewId } from '../../state/app-params.ts';
import type { UrlState } from '../../state/url-state.svelte.ts';

/**
 * What every slide component gets: the language, the user's choices (the same URL state the views
 * read, so a slide shows what the view shows), and the variant the deck asks for (an area code, a chart).
 */
export interface SlideProps {
  lang: Lang;
  url: UrlState;
  variant?: string;
}

/** Where a slide sits in the deck: its id in the link (`?present=<id>`), the view it comes from, its variant. */
export interface SlidePlace {
  id: string;
  view: ViewId;
  variant?: string;
}

/** One slide of the deck, with how it is drawn. */
export interface SlideSpec extends SlidePlace {
  component: Component<SlideProps>;
}
