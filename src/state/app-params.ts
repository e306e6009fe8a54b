import { enumParam, intParam, numberParam, patternParam } from './url-param.ts';

/** The pages of the app. */
export const VIEWS = ['overview', 'district', 'districts', 'targets', 'coverage', 'overlap', 'data'] as const;
export type ViewId = (typeof VIEWS)[number];

/** How the scenario planner states its assumption: points a year, or a programme's scale and success. */
export const SCENARIO_MODES = ['programme', 'points'] as const;
export type ScenarioMode = (typeof SCENARIO_MODES)[number];

/** The parameters a share link records: only what the user chose. */
export const PARAMS = {
  view: enumParam<ViewId>('view', VIEWS, 'overview'),
  lang: enumParam('lang', ['id', 'en'] as const, 'id'),
  base: intParam('base', 2000, 2100, null),
  bundle: enumParam('bundle', ['default', 'csv', 'parquet'] as const, 'default'),
  /** The area in focus (BPS code, province or district): the district page's, and the scenario planner's; then the target year planned for. */
  area: patternParam('area', /\d{2}|\d{4}/, '64'),
  goal: intParam('goal', 2000, 2100, null),
  mode: enumParam<ScenarioMode>('mode', SCENARIO_MODES, 'programme'),
  /** Households reached a year (the Rp5 juta grants: 1,000 families, 1,500 with the revised budget). */
  fam: intParam('fam', 0, 1_000_000, 1500),
  /** Persons per household, a stated assumption. */
  hh: numberParam('hh', 1, 10, 4),
  /** Percent of reached households that leave poverty. */
  share: numberParam('share', 0, 100, 50),
  /** Points a year the rate falls (points mode); absent means the observed recent pace. */
  pp: numberParam('pp', -5, 10, null),
  /** Whether the programme comes on top of the recent pace. */
  trend: enumParam('trend', ['on', 'off'] as const, 'on'),
  /** Coverage view: the year shown (absent: the latest year with poverty data), one programme or all. */
  cyear: intParam('cyear', 2000, 2100, null),
  cprog: patternParam('cprog', /[a-z][a-z0-9_]{0,63}/, 'all'),
  /** Coverage view: the base year of the change in poverty rate the scatter compares coverage with. */
  cbase: intParam('cbase', 2000, 2100, 2023),
  /** Coverage and overlap views: the district picked (BPS code), or none for all. */
  district: patternParam('district', /\d{4}/, ''),
  /** Presentation mode: the slide shown (its id), or none when not presenting. */
  present: patternParam('present', /[a-z][a-z0-9-]{0,39}/, ''),
};
