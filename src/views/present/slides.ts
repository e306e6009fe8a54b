import type { SlideSpec } from './slide.ts';
import OverviewSlide from '../overview/OverviewSlide.svelte';
import DistrictSlide from '../district/DistrictSlide.svelte';
import DistrictsSlide from '../districts/DistrictsSlide.svelte';
import TargetsSlide from '../targets/TargetsSlide.svelte';
import ScenarioSlide from '../targets/ScenarioSlide.svelte';
import CoverageSlide from '../coverage/CoverageSlide.svelte';
import OverlapSlide from '../overlap/OverlapSlide.svelte';

/**
 * The deck, in the order of a hearing: the province against its target, Kukar, the districts, the
 * targets and a scenario, then programme coverage and the overlap check (both illustrative unless
 * the user loaded their own files). Each slide is one chart of a view, drawn by that view's own chart.
 */
export const SLIDES: SlideSpec[] = [
  { id: 'overview', view: 'overview', component: OverviewSlide },
  { id: 'kukar', view: 'district', component: DistrictSlide, variant: '6403' },
  { id: 'districts', view: 'districts', component: DistrictsSlide },
  { id: 'targets-64', view: 'targets', component: TargetsSlide, variant: '64' },
  { id: 'targets-6403', view: 'targets', component: TargetsSlide, variant: '6403' },
  { id: 'scenario', view: 'targets', component: ScenarioSlide },
  { id: 'coverage-map', view: 'coverage', component: CoverageSlide, variant: 'map' },
  { id: 'coverage-scatter', view: 'coverage', component: CoverageSlide, variant: 'scatter' },
  { id: 'overlap-months', view: 'overlap', component: OverlapSlide, variant: 'months' },
  { id: 'overlap-districts', view: 'overlap', component: OverlapSlide, variant: 'districts' },
  { id: 'overlap-desil', view: 'overlap', component: OverlapSlide, variant: 'desil' },
];
