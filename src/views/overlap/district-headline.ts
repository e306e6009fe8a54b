import { share } from '../../domain/share.ts';
import { formatNumber, formatPct, type Lang } from '../../i18n/format.ts';
import { translate } from '../../i18n/translate.ts';
import { counted } from './counted.ts';
import { nameList } from '../name-list.ts';
import { topDistricts } from './overlap-figures.ts';
import type { CheckData } from './view-model.svelte.ts';

/**
 * The by-district chart in one sentence: the district with the highest share of households flagged
 * (its count too) against the whole register; the districts tied for it; or that none was flagged.
 */
export function districtHeadline({ districts, totals }: Pick<CheckData, 'districts' | 'totals'>, lang: Lang): string {
  if (!districts.length) return translate(lang, 'overlap.headline.district.missing');
  const top = topDistricts(districts);
  const first = top[0];
  if (!first) return translate(lang, 'overlap.headline.district.none');
  const pct = (value: number | null) => formatPct((value ?? 0) * 100, lang);
  const total = pct(share(totals.households_flagged, totals.households));
  if (top.length > 1)
    return translate(lang, 'overlap.headline.district.tied', {
      names: nameList(
        top.map((d) => d.name),
        lang,
      ),
      share: pct(first.share_flagged),
      total,
    });
  return translate(lang, 'overlap.headline.district.top', {
    name: first.name,
    share: pct(first.share_flagged),
    flagged: formatNumber(first.households_flagged, lang),
    households: counted(first.households, 'households', lang),
    total,
  });
}
