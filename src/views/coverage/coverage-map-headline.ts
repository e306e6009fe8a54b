import type { Lang } from '../../i18n/format.ts';
import { translator } from '../../i18n/translate.ts';
import type { DistrictValue } from './coverage-figures.ts';
import { nameList } from '../name-list.ts';
import { per100Text } from './per-100-text.ts';
import { programmePhrase } from './programme-name.ts';
import type { CoverageData } from './view-model.svelte.ts';

/** What the map's headline reads: the year, the programme and each district's value. */
export type CoverageMapHeadlineInput = Pick<CoverageData, 'year' | 'programme' | 'programmes'> & {
  figures: { values: DistrictValue[] };
};

/** Districts that show the same value on the map, highest value first. */
interface ShownValue {
  text: string;
  names: string[];
}

// Grouped by the value as printed, so two districts that both read "12" tie in words as on the map.
function byShownValue(values: (DistrictValue & { per100: number })[], lang: Lang): ShownValue[] {
  const groups: ShownValue[] = [];
  for (const v of [...values].sort((a, b) => b.per100 - a.per100)) {
    const text = per100Text(v.per100, lang);
    const last = groups.at(-1);
    if (last?.text === text) last.names.push(v.name);
    else groups.push({ text, names: [v.name] });
  }
  return groups;
}

/**
 * The map's one-sentence summary (and slide headline): where coverage per 100 poor people is highest
 * and lowest, in the map's own rounding; also when one district, none, or all alike have a value.
 */
export function coverageMapHeadline(d: CoverageMapHeadlineInput, lang: Lang): string {
  const t = translator(lang);
  const vars = { programme: programmePhrase(d.programme, d.programmes, lang), year: d.year };
  const valued = d.figures.values.filter((v): v is DistrictValue & { per100: number } => v.per100 !== null);
  // Where the programme cannot reach (BLT Dana Desa in a kota) is named as such, not counted as "without".
  const inapplicable = d.figures.values.filter((v) => !v.applies && v.per100 === null).map((v) => v.name);
  const without = d.figures.values.length - valued.length - inapplicable.length;
  const withoutText =
    without === 0
      ? ''
      : without === 1
        ? t('coverage.headline.map.withoutOne')
        : t('coverage.headline.map.withoutMany', { n: without });
  const suffix =
    withoutText +
    (inapplicable.length ? t('coverage.headline.map.notApplicable', { list: nameList(inapplicable, lang) }) : '');
  const groups = byShownValue(valued, lang);
  const [high, low] = [groups[0], groups.at(-1)];
  if (!high || !low) return t('coverage.headline.map.none', vars);
  if (valued.length === 1) return t('coverage.headline.map.only', { ...vars, name: high.names[0]!, value: high.text });
  if (high === low) return t('coverage.headline.map.same', { ...vars, n: valued.length, value: high.text }) + suffix;
  const sentence = t('coverage.headline.map', {
    ...vars,
    high: nameList(high.names, lang),
    highValue: high.text,
    low: nameList(low.names, lang),
    lowValue: low.text,
  });
  return sentence + suffix;
}
