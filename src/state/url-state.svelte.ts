import { PARAMS, type ViewId } from './app-params.ts';
import { readParam, writeParam, type UrlParam } from './url-param.ts';

type Params = typeof PARAMS;
type Values = { [K in keyof Params]: Params[K] extends UrlParam<infer T> ? T : never };

/** The scenario planner's choices (Targets view). */
export type ScenarioChoice = Pick<Values, (typeof SCENARIO_KEYS)[number]>;

const SCENARIO_KEYS = ['area', 'goal', 'mode', 'fam', 'hh', 'share', 'pp', 'trend'] as const;

/** The coverage and overlap views' choices. */
export type CoverageChoice = Pick<Values, (typeof COVERAGE_KEYS)[number]>;

const COVERAGE_KEYS = ['cyear', 'cprog', 'cbase', 'district'] as const;

/**
 * The user's choices, read from and written to the address bar, so the link is the state.
 * A change of page adds a history entry (back and forward work); other choices replace it.
 */
export class UrlState {
  view = $state<ViewId>('overview');
  lang = $state<Values['lang']>('id');
  base = $state<number | null>(null);
  bundle = $state<Values['bundle']>('default');
  scenario = $state<ScenarioChoice>(defaultScenario());
  coverage = $state<CoverageChoice>(readCoverage(new URLSearchParams()));
  present = $state('');

  constructor(search: string) {
    this.read(search);
  }

  /** Re-reads every parameter from a query string (on load and on back/forward). */
  read(search: string): void {
    const params = legacyKukar(new URLSearchParams(search));
    this.view = readParam(params, PARAMS.view);
    this.lang = readParam(params, PARAMS.lang);
    this.base = readParam(params, PARAMS.base);
    this.bundle = readParam(params, PARAMS.bundle);
    this.scenario = readScenario(params);
    this.coverage = readCoverage(params);
    this.present = readParam(params, PARAMS.present);
  }

  /** The query string of the current choices (unknown parameters of `search` are kept). */
  toSearch(search = ''): string {
    const params = new URLSearchParams(search);
    writeParam(params, PARAMS.view, this.view);
    writeParam(params, PARAMS.lang, this.lang);
    writeParam(params, PARAMS.base, this.base);
    writeParam(params, PARAMS.bundle, this.bundle);
    for (const k of SCENARIO_KEYS) writeParam(params, PARAMS[k] as UrlParam<unknown>, this.scenario[k]);
    for (const k of COVERAGE_KEYS) writeParam(params, PARAMS[k] as UrlParam<unknown>, this.coverage[k]);
    writeParam(params, PARAMS.present, this.present);
    const text = params.toString();
    return text ? `?${text}` : '';
  }
}

/** The scenario planner's choices from a query string, each through its own parameter. */
export function readScenario(params: URLSearchParams): ScenarioChoice {
  return {
    area: readParam(params, PARAMS.area),
    goal: readParam(params, PARAMS.goal),
    mode: readParam(params, PARAMS.mode),
    fam: readParam(params, PARAMS.fam),
    hh: readParam(params, PARAMS.hh),
    share: readParam(params, PARAMS.share),
    pp: readParam(params, PARAMS.pp),
    trend: readParam(params, PARAMS.trend),
  };
}

/** The coverage and overlap views' choices from a query string. */
export function readCoverage(params: URLSearchParams): CoverageChoice {
  return {
    cyear: readParam(params, PARAMS.cyear),
    cprog: readParam(params, PARAMS.cprog),
    cbase: readParam(params, PARAMS.cbase),
    district: readParam(params, PARAMS.district),
  };
}

function defaultScenario(): ScenarioChoice {
  return readScenario(new URLSearchParams());
}

/** Links made before the district page (`?view=kukar`) open Kutai Kartanegara's page. */
function legacyKukar(params: URLSearchParams): URLSearchParams {
  if (params.get('view') !== 'kukar') return params;
  params.set('view', 'district');
  params.set('area', '6403');
  return params;
}

/** Writes the state into the address bar; `push` adds a history entry. */
export function syncUrl(state: UrlState, push: boolean): void {
  const search = state.toSearch(location.search);
  if (search === location.search) return;
  const url = `${location.pathname}${search}${location.hash}`;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}
