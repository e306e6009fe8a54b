import { share } from '../../domain/share.ts';
import { formatPct, type Lang } from '../../i18n/format.ts';
import type { DesilDistributionRow } from '../../queries/targeting.ts';
import { translate } from '../../i18n/translate.ts';
import { counted } from './counted.ts';
import { desilSplit } from './overlap-figures.ts';

/**
 * The desil chart in one sentence: the share of recipient households in the target desil (1-4) and
 * the share and count outside it (5-10); all or none in the target; or that there are no recipients.
 */
export function desilHeadline(rows: DesilDistributionRow[], lang: Lang): string {
  const split = desilSplit(rows);
  if (split.total === 0) return translate(lang, 'overlap.headline.desil.missing');
  if (split.leakage === 0)
    return translate(lang, 'overlap.headline.desil.all', { households: counted(split.total, 'households', lang) });
  if (split.target === 0)
    return translate(lang, 'overlap.headline.desil.none', { households: counted(split.total, 'households', lang) });
  const pct = (part: number) => formatPct((share(part, split.total) ?? 0) * 100, lang, 1);
  return translate(lang, 'overlap.headline.desil.split', {
    target: pct(split.target),
    leakage: pct(split.leakage),
    outside: counted(split.leakage, 'households', lang),
  });
}
