import { isAtOrBetter } from '../../domain/indicator.ts';
import type { Pace, RequiredPace } from '../../domain/pace.ts';
import { formatNumber, formatPct, type Lang } from '../../i18n/format.ts';
import { translator, type MessageParams } from '../../i18n/translate.ts';
import { formatGoal } from './format-goal.ts';
import type { OverviewFigures } from './overview-figures.ts';

type T = ReturnType<typeof translator>;

// Points are written without a sign: the sentence's own verb (turun, naik) says which way.
const points = (value: number, lang: Lang): string => formatNumber(Math.abs(value), lang, 2);

/** True when two rates read the same once written with the two decimals shown. */
const sameAsShown = (a: number, b: number, lang: Lang): boolean => formatPct(a, lang) === formatPct(b, lang);

/**
 * The overview's one-sentence summary (and slide headline): the latest March rate; with a target
 * ahead, the fall it needs against the recent March pace; without one, the change over that span.
 */
export function overviewHeadline(f: OverviewFigures | null, lang: Lang): string {
  const t = translator(lang);
  if (!f) return t('overview.headline.none');
  const start = { rate: formatPct(f.start.ratePct, lang), year: f.start.year };
  if (f.goal && f.required) {
    const goal = { goal: formatGoal(f.goal.goalPct, lang), goalYear: f.goal.year };
    if (isAtOrBetter(f.start.ratePct, f.goal.goalPct)) return t('overview.headline.met', { ...start, ...goal });
    const need = needText(t, f.required, { ...start, ...goal }, lang);
    return f.history ? paceText(t, need, f.history, f.required, lang) : need;
  }
  return f.history ? changeText(t, f.history, start, lang) : t('overview.headline.only', start);
}

// What reaching the goal asks for: the points to fall, and per year when it is more than one year away.
function needText(t: T, required: RequiredPace, params: MessageParams, lang: Lang): string {
  const fall = { ...params, points: points(required.changePp, lang), years: required.years };
  if (required.years === 1) return t('overview.headline.needOne', fall);
  return t('overview.headline.needMany', { ...fall, perYear: points(required.ppPerYear ?? required.changePp, lang) });
}

// The need set against the recent March pace: faster than it, already within it, or against a rise or a standstill.
function paceText(t: T, need: string, history: Pace, required: RequiredPace, lang: Lang): string {
  const span = {
    need,
    from: history.fromYear,
    to: history.toYear,
    pace: points(history.ppPerYear ?? history.changePp, lang),
  };
  if (sameAsShown(history.fromPct, history.toPct, lang)) return t('overview.headline.flat', span);
  if (history.changePp > 0) return t('overview.headline.against', span);
  const fastEnough = isAtOrBetter(history.ppPerYear ?? history.changePp, required.ppPerYear ?? required.changePp);
  return t(fastEnough ? 'overview.headline.within' : 'overview.headline.faster', span);
}

// Without a target: the latest March against the March the recent pace is measured from.
function changeText(t: T, history: Pace, start: MessageParams, lang: Lang): string {
  if (sameAsShown(history.fromPct, history.toPct, lang))
    return t('overview.headline.same', { ...start, fromYear: history.fromYear });
  const key = history.changePp < 0 ? 'overview.headline.fell' : 'overview.headline.rose';
  return t(key, {
    ...start,
    points: points(history.changePp, lang),
    from: formatPct(history.fromPct, lang),
    fromYear: history.fromYear,
  });
}
