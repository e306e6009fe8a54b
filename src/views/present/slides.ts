import type { SlideSpec } from './slide.ts';

/**
 * The deck, in the order of a hearing: the province against its target, Kukar, the districts, the
 * targets and a scenario, then programme coverage and the overlap check (both illustrative unless
 * the user loaded their own files). Each slide is one chart of a view, drawn by that view's own chart.
 */
export const SLIDES: SlideSpec[] = [];
