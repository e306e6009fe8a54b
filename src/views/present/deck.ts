import type { SlidePlace } from './slide.ts';

/**
 * The deck, in the order of a hearing: the province against its target, Kukar, the districts, the
 * targets and a scenario, then programme coverage and the overlap check (both illustrative unless
 * the user loaded their own files). Each slide is one chart of a view, drawn by that view's own chart
 * (`slides.ts`); this list carries no components, so the shell can name slides without loading them.
 */
export const DECK: SlidePlace[] = [
  { id: 'overview', view: 'overview' },
  { id: 'kukar', view: 'district', variant: '6403' },
  { id: 'districts', view: 'districts' },
  { id: 'targets-64', view: 'targets', variant: '64' },
  { id: 'targets-6403', view: 'targets', variant: '6403' },
  { id: 'scenario', view: 'targets' },
  { id: 'coverage-map', view: 'coverage', variant: 'map' },
  { id: 'coverage-scatter', view: 'coverage', variant: 'scatter' },
  { id: 'overlap-months', view: 'overlap', variant: 'months' },
  { id: 'overlap-districts', view: 'overlap', variant: 'districts' },
  { id: 'overlap-desil', view: 'overlap', variant: 'desil' },
];
