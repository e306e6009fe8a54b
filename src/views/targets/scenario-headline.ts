import { formatNumber, formatPct, formatPeople, type Lang } from '../../i18n/format.ts';
import { translator } from '../../i18n/translate.ts';
import type { ScenarioChoice } from '../../state/url-state.svelte.ts';
import type { ScenarioFigures } from './scenario-figures.ts';
import { goalText } from './target-text.ts';

// The assumption as the opening of the sentence: the programme (with or without the recent pace), or the points a year.
function assumptionText(f: ScenarioFigures, choice: ScenarioChoice, lang: Lang): string {
  const t = translator(lang);
  const a = f.assumption;
  if (choice.mode === 'points') {
    const points = formatNumber(Math.abs(a.fallPp), lang, 2);
    if (a.fallPp === 0) return t('scenario.headline.flat');
    return t(a.fallPp > 0 ? 'scenario.headline.fall' : 'scenario.headline.rise', { points });
  }
  const counted = choice.trend === 'on' && a.recentPp !== null;
  if (!((a.programmePp ?? 0) > 0)) return t(counted ? 'scenario.headline.trendOnly' : 'scenario.headline.flat');
  const programme = { families: formatPeople(choice.fam ?? 0, lang), share: formatPct(choice.share ?? 0, lang, 0) };
  return t(counted ? 'scenario.headline.programmeTrend' : 'scenario.headline.programme', programme);
}

/**
 * The scenario chart in a sentence: what the chosen assumption projects for the target year, and whether
 * that reaches the goal (and by how many points it misses); the numbers are those the planner shows.
 */
export function scenarioHeadline(f: ScenarioFigures, choice: ScenarioChoice, lang: Lang): string {
  const t = translator(lang);
  const params = {
    assumption: assumptionText(f, choice, lang),
    area: f.area.shortName,
    value: formatPct(f.valueAtGoal, lang),
    year: f.goal.year,
    goal: goalText(f.goal, lang),
  };
  if (f.reaches) return t('scenario.headline.reaches', params);
  return t('scenario.headline.misses', { ...params, gap: formatNumber(f.gapPp, lang, 2) });
}
