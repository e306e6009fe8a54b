import type { Lang } from '../../i18n/format.ts';
import { translate } from '../../i18n/translate.ts';
import type { ProgrammeOption } from './view-model.svelte.ts';

function ownName(programme: string, programmes: ProgrammeOption[], lang: Lang): string | null {
  const p = programme === 'all' ? undefined : programmes.find((o) => o.id === programme);
  return p ? (lang === 'id' ? p.nameId : p.nameEn) : null;
}

/** The chosen programme's name inside a sentence: its own name, or "semua program" / "all programmes". */
export function programmePhrase(programme: string, programmes: ProgrammeOption[], lang: Lang): string {
  return ownName(programme, programmes, lang) ?? translate(lang, 'coverage.headline.all');
}

/** The chosen programme's name in a title or picker: its own name, or "Semua program" / "All programmes". */
export function programmeTitle(programme: string, programmes: ProgrammeOption[], lang: Lang): string {
  return ownName(programme, programmes, lang) ?? translate(lang, 'coverage.all');
}
