import type { StatusClass } from '../../domain/types.ts';
import { formatNumber, formatPct, type Lang } from '../../i18n/format.ts';
import type { MessageKey } from '../../i18n/messages-id.ts';
import { translator } from '../../i18n/translate.ts';
import { goalText } from './target-text.ts';
import type { AreaFigure, TargetFigure } from './targets-figures.ts';

// How a target still ahead is doing, in the words of a sentence (the cards show the chip's own word).
const AHEAD_STATUS: Partial<Record<StatusClass, MessageKey>> = {
  'on-track': 'targets.headline.status.on-track',
  'acceleration-needed': 'targets.headline.status.acceleration-needed',
  'limited-progress': 'targets.headline.status.limited-progress',
  deterioration: 'targets.headline.status.deterioration',
  'insufficient-data': 'targets.headline.status.insufficient-data',
};

/** The target an area's headline speaks of: the nearest one ahead of the latest March, else the latest one due. */
export function headlineTarget(area: AreaFigure): TargetFigure | null {
  const stated = area.targets.filter((t) => t.assessment.goal);
  const latestYear = area.march.at(-1)?.year ?? -Infinity;
  return stated.find((t) => t.row.target_year > latestYear) ?? stated.at(-1) ?? null;
}

function aheadSentence(target: TargetFigure, params: Record<string, string | number>, lang: Lang): string {
  const t = translator(lang);
  const a = target.assessment;
  const status = AHEAD_STATUS[a.status];
  if (a.status === 'achieved' || !status) return t('targets.headline.aheadMet', params);
  // The pace from the latest March is a change (negative when the rate must fall); the sentence says "fall by".
  const points = formatNumber(-(a.requiredPace?.ppPerYear ?? 0), lang, 2);
  return t('targets.headline.ahead', { ...params, status: t(status), points });
}

function dueSentence(
  target: TargetFigure,
  params: Record<string, string | number>,
  latestYear: number,
  lang: Lang,
): string {
  const t = translator(lang);
  const judged = target.judged;
  if (!judged) return t('targets.headline.unjudged', params);
  const verdict = t(
    target.assessment.status === 'achieved' ? 'targets.headline.verdict.met' : 'targets.headline.verdict.missed',
  );
  if (judged.year === latestYear) return t('targets.headline.judgedLatest', { ...params, verdict });
  return t('targets.headline.judgedEarlier', {
    ...params,
    verdict,
    judged: formatPct(judged.ratePct, lang),
    judgedYear: judged.year,
  });
}

/**
 * One area's target chart in a sentence: its latest March rate, the target the headline speaks of
 * (the nearest ahead, else the latest due), and that target's status in words.
 */
export function areaHeadline(area: AreaFigure, lang: Lang): string {
  const t = translator(lang);
  const latest = area.march.at(-1);
  const target = headlineTarget(area);
  const stated = target ? { goal: goalText(target.assessment.goal!, lang), targetYear: target.row.target_year } : null;
  if (!latest)
    return stated
      ? t('targets.headline.noData', { area: area.shortName, ...stated })
      : t('targets.headline.nothing', { area: area.shortName });
  const params = { area: area.shortName, value: formatPct(latest.ratePct, lang), year: latest.year, ...stated };
  if (!target) return t('targets.headline.noTarget', params);
  return target.row.target_year > latest.year
    ? aheadSentence(target, params, lang)
    : dueSentence(target, params, latest.year, lang);
}
