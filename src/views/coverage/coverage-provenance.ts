import { datasetSources, vintageText } from '../shell/labels.ts';
import type { Lang } from '../../i18n/format.ts';
import { translate } from '../../i18n/translate.ts';
import type { Session } from '../shell/session.svelte.ts';
import type { DistrictValue } from './coverage-figures.ts';

/** Where a coverage figure's numbers come from, as the figure shows it. */
export interface CoverageProvenance {
  sources: string[];
  /** Already translated ("Data per: …"), or undefined when no dataset says. */
  vintage?: string;
  /** The illustrative label, or undefined when every figure drawn is built from real rows only. */
  illustrative?: string;
  /** True when some figure drawn is generated in whole or in part (the legend then shows the hatch). */
  generated: boolean;
}

type Shown = Pick<DistrictValue, 'provenance' | 'sources'>;

/**
 * The label of a figure from the districts it draws: none when each is built from real rows only,
 * "illustrative" when none is, and how many are real when it is a mix.
 */
export function illustrativeLabel(values: readonly Shown[], lang: Lang): string | undefined {
  const shown = values.filter((v) => v.provenance !== null);
  const real = shown.filter((v) => v.provenance === 'sourced').length;
  if (real === shown.length) return undefined;
  if (real === 0) return translate(lang, 'coverage.illustrativeShort');
  return translate(lang, 'coverage.illustrativeMixed', { real, total: shown.length });
}

/**
 * Sources, vintage and label of a coverage figure that draws `values`: the source of every real row
 * first, the generator's line only when a generated figure is drawn, then the poverty data.
 */
export function coverageProvenance(session: Session, lang: Lang, values: readonly Shown[]): CoverageProvenance {
  const coverage = session.dataset('coverage');
  const poverty = session.dataset('poverty');
  const generated = values.some((v) => v.provenance === 'illustrative' || v.provenance === 'mixed');
  const real = [...new Set(values.flatMap((v) => v.sources))];
  return {
    sources: [...real, ...(generated ? datasetSources(lang, coverage) : []), ...datasetSources(lang, poverty)],
    vintage: vintageText(lang, coverage, poverty),
    illustrative: illustrativeLabel(values, lang),
    generated,
  };
}

/** The provenance of the map (every district) and of the scatter (the districts it draws). */
export function figureProvenances(
  session: Session,
  lang: Lang,
  figures: { values: DistrictValue[]; points: { code: string }[] },
): { map: CoverageProvenance; scatter: CoverageProvenance } {
  const drawn = new Set(figures.points.map((p) => p.code));
  return {
    map: coverageProvenance(session, lang, figures.values),
    scatter: coverageProvenance(
      session,
      lang,
      figures.values.filter((v) => drawn.has(v.code)),
    ),
  };
}
