import { pace } from '../../domain/pace.ts';
import type { PoorChange } from '../../domain/poor-change.ts';
import type { Observation } from '../../domain/types.ts';
import { formatNumber, formatPct, formatPeople, type Lang } from '../../i18n/format.ts';
import { translator } from '../../i18n/translate.ts';
import type { PageFigures } from './page-figures.ts';

type T = ReturnType<typeof translator>;

/**
 * A district page's one-sentence summary (and slide headline): the change between the latest two
 * March figures, with the change in poor people when it is counted for the same two years.
 */
export function pageHeadline(f: PageFigures | null, area: string, lang: Lang): string {
  const t = translator(lang);
  const [from, to] = f ? f.march.slice(-2) : [];
  if (!from) return t('district.headline.none', { area });
  if (!to) return t('district.headline.only', { area, rate: formatPct(from.ratePct, lang), year: from.year });
  const change = rateChange(t, area, from, to, lang);
  const people = f!.people;
  return people && people.fromYear === from.year && people.toYear === to.year
    ? withPeople(t, change, people, lang)
    : change;
}

// Unchanged means the two rates read the same as shown; otherwise the sentence's verb carries the sign.
function rateChange(t: T, area: string, from: Observation, to: Observation, lang: Lang): string {
  const years = { area, fromYear: from.year, toYear: to.year };
  if (formatPct(from.ratePct, lang) === formatPct(to.ratePct, lang))
    return t('district.headline.same', { ...years, rate: formatPct(to.ratePct, lang) });
  const { changePp } = pace(from, to);
  const points = formatNumber(Math.abs(changePp), lang, 2);
  return t(changePp < 0 ? 'district.headline.fell' : 'district.headline.rose', {
    ...years,
    points,
    from: formatPct(from.ratePct, lang),
    to: formatPct(to.ratePct, lang),
  });
}

// The people out of (or into) poverty over the same two years, as the view's card shows them.
function withPeople(t: T, change: string, people: PoorChange, lang: Lang): string {
  if (people.changePeople === 0)
    return t('district.headline.peopleSame', { change, people: formatPeople(people.toPeople, lang) });
  const key = people.changePeople < 0 ? 'district.headline.peopleFewer' : 'district.headline.peopleMore';
  return t(key, { change, people: formatPeople(Math.abs(people.changePeople), lang) });
}
