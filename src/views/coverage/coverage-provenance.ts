import { datasetSources, vintageText } from '../shell/labels.ts';
import type { Lang } from '../../i18n/format.ts';
import { translate } from '../../i18n/translate.ts';
import type { Session } from '../shell/session.svelte.ts';

/** Where the coverage figures come from, as their figures show it. */
export interface CoverageProvenance {
  sources: string[];
  /** Already translated ("Data per: …"), or undefined when no dataset says. */
  vintage?: string;
  /** The short illustrative label, or undefined when the user loaded their own coverage file. */
  illustrative?: string;
}

/** The sources, vintage and illustrative label of the coverage and poverty datasets in use. */
export function coverageProvenance(session: Session, lang: Lang): CoverageProvenance {
  const coverage = session.dataset('coverage');
  const poverty = session.dataset('poverty');
  return {
    sources: datasetSources(lang, coverage, poverty),
    vintage: vintageText(lang, coverage, poverty),
    // Generated figures unless the user's own file replaced them.
    illustrative: coverage?.illustrative !== false ? translate(lang, 'coverage.illustrativeShort') : undefined,
  };
}
