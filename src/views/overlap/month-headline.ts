import type { Lang } from '../../i18n/format.ts';
import { translate } from '../../i18n/translate.ts';
import { counted } from './counted.ts';
import { monthLabel } from './month-label.ts';
import { nameList } from '../name-list.ts';
import { monthPeak } from './overlap-figures.ts';
import type { CheckData } from './view-model.svelte.ts';

/**
 * The by-month chart in one sentence: how many households got overlapping aid, in how many of the
 * register's months, and the month with the most findings; or that none did, or that there are no months.
 */
export function monthHeadline({ months, totals }: Pick<CheckData, 'months' | 'totals'>, lang: Lang): string {
  if (!months.length) return translate(lang, 'overlap.headline.month.missing');
  const peak = monthPeak(months);
  if (!peak.peak.length)
    return translate(lang, 'overlap.headline.month.none', { months: counted(months.length, 'months', lang) });
  return translate(lang, 'overlap.headline.month.found', {
    households: counted(totals.households_flagged, 'households', lang),
    span: monthSpan(peak.active, months.length, lang),
    peak: nameList(
      peak.peak.map((m) => monthLabel(m, lang)),
      lang,
    ),
    findings: counted(peak.findings, 'findings', lang),
  });
}

// "in all 12 months", "in 8 of 12 months", or the one month there is.
function monthSpan(active: number, months: number, lang: Lang): string {
  if (months === 1) return translate(lang, 'overlap.headline.month.spanOne');
  if (active === months) return translate(lang, 'overlap.headline.month.spanAll', { months });
  return translate(lang, 'overlap.headline.month.spanSome', { active, months });
}
