import type { SlideSpec } from './slide.ts';
import { DECK } from './deck.ts';
import OverviewSlide from '../overview/OverviewSlide.svelte';
import DistrictSlide from '../district/DistrictSlide.svelte';
import DistrictsSlide from '../districts/DistrictsSlide.svelte';
import TargetsSlide from '../targets/TargetsSlide.svelte';
import ScenarioSlide from '../targets/ScenarioSlide.svelte';
import CoverageSlide from '../coverage/CoverageSlide.svelte';
import OverlapSlide from '../overlap/OverlapSlide.svelte';

const DRAWN_BY: Record<string, SlideSpec['component']> = {
  overview: OverviewSlide,
  kukar: DistrictSlide,
  districts: DistrictsSlide,
  'targets-64': TargetsSlide,
  'targets-6403': TargetsSlide,
  scenario: ScenarioSlide,
  'coverage-map': CoverageSlide,
  'coverage-scatter': CoverageSlide,
  'overlap-months': OverlapSlide,
  'overlap-districts': OverlapSlide,
  'overlap-desil': OverlapSlide,
};

/** Each slide of the deck (`DECK`, in order) with the view's own chart that draws it. */
export const SLIDES: SlideSpec[] = DECK.map((place) => ({ ...place, component: DRAWN_BY[place.id]! }));
