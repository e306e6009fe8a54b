import type { Lang } from '../../i18n/format.ts';
import { translate } from '../../i18n/translate.ts';

/** The texts of the data-state shell in a language. */
export function stateTexts(lang: Lang) {
  return {
    loadingText: translate(lang, 'state.loading'),
    emptyText: translate(lang, 'state.empty'),
    errorText: (error: string) => translate(lang, 'state.error', { error }),
  };
}
