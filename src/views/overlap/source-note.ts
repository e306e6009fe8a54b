import { datasetSources, vintageText } from '../shell/labels.ts';
import type { Lang } from '../../i18n/format.ts';
import { translate } from '../../i18n/translate.ts';
import type { Session } from '../shell/session.svelte.ts';

/** Where a figure's data comes from: its sources, the vintage line, and the illustrative label when the register is synthetic. */
export interface SourceNote {
  sources: string[];
  vintage?: string;
  illustrative?: string;
}

/** The notes of the overlap figures: the register alone (targeting), and the register with the rules and kinds (the check). */
export interface OverlapNotes {
  register: SourceNote;
  check: SourceNote;
}

/** The overlap figures' notes as the session holds the data now (a user's register names their file and drops the label). */
export function overlapNotes(session: Session, lang: Lang): OverlapNotes {
  const spec = session.dataset('register');
  // Until the catalog is read the register can only be the bundled, synthetic one.
  const synthetic = spec?.illustrative !== false;
  const register: SourceNote = {
    sources: datasetSources(lang, spec),
    vintage: vintageText(lang, spec),
    illustrative: synthetic ? translate(lang, 'overlap.figure.illustrative') : undefined,
  };
  // The findings depend on the rules and kinds as much as on the register.
  const more = datasetSources(lang, session.dataset('overlap_rules'), session.dataset('programme_kinds'));
  return { register, check: { ...register, sources: [...register.sources, ...more] } };
}
