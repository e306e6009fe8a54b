import { MIN_CORRELATION_PAIRS } from '../../domain/correlation.ts';
import { correlationStrength } from '../../domain/correlation-strength.ts';
import { formatSigned, type Lang } from '../../i18n/format.ts';
import { translator } from '../../i18n/translate.ts';
import type { CoverageFigures, ScatterPoint } from './coverage-figures.ts';
import { programmePhrase } from './programme-name.ts';
import type { CoverageData } from './view-model.svelte.ts';

/** What the scatter's headline reads: the year, programme, base year and the scatter's figures. */
export type CoverageScatterHeadlineInput = Pick<CoverageData, 'year' | 'programme' | 'programmes' | 'baseYear'> & {
  figures: Pick<CoverageFigures, 'points' | 'correlation' | 'values'>;
};

// "2023–2025" when every point's change runs to the same year, else "sejak 2023".
function periodText(points: ScatterPoint[], baseYear: number, lang: Lang): string {
  const t = translator(lang);
  const latest = [...new Set(points.map((p) => p.latestYear))];
  const [only] = latest;
  return latest.length === 1 && only != null
    ? t('coverage.headline.period', { base: baseYear, latest: only })
    : t('coverage.headline.since', { base: baseYear });
}

// Whether the plotted rates all fell, all rose, or both: "larger falls" would be untrue of rises.
function movement(points: ScatterPoint[]): 'fell' | 'rose' | 'mixed' {
  if (points.every((p) => p.y <= 0)) return 'fell';
  return points.every((p) => p.y >= 0) ? 'rose' : 'mixed';
}

/**
 * The scatter's one-sentence summary (and slide headline): how strongly coverage and the change in the
 * poverty rate go together, with r and n, and that it is a correlation, not a cause.
 */
export function coverageScatterHeadline(d: CoverageScatterHeadlineInput, lang: Lang): string {
  const t = translator(lang);
  const { points, correlation, values } = d.figures;
  const vars = {
    n: correlation.n,
    programme: programmePhrase(d.programme, d.programmes, lang),
    year: d.year,
    period: periodText(points, d.baseYear, lang),
  };
  if (correlation.r === null) {
    if (correlation.n < MIN_CORRELATION_PAIRS)
      return t('coverage.headline.scatter.few', { ...vars, total: values.length });
    return t('coverage.headline.scatter.flat', vars);
  }
  const r = formatSigned(correlation.r, lang, 2);
  const { band, sign } = correlationStrength(correlation.r);
  if (band === 'none') return t('coverage.headline.scatter.none', { ...vars, r });
  const outcome = t(`coverage.headline.outcome.${sign}.${movement(points)}`);
  return t('coverage.headline.scatter', { ...vars, r, strength: t(`coverage.headline.strength.${band}`), outcome });
}
