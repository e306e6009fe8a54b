import type { Lang } from '../../i18n/format.ts';
import type { FigureTexts } from '../../components/ChartFigure.svelte';
import { translate } from '../../i18n/translate.ts';

/** The texts of the data-state shell in a language. */
export function stateTexts(lang: Lang) {
  return {
    loadingText: translate(lang, 'state.loading'),
    emptyText: translate(lang, 'state.empty'),
    errorText: (error: string) => translate(lang, 'state.error', { error }),
  };
}

/** The texts of a chart figure (table, sources, downloads) in a language. */
export function figureTexts(lang: Lang): FigureTexts {
  return {
    table: translate(lang, 'table.show'),
    caption: translate(lang, 'table.caption'),
    sources: translate(lang, 'sources.title'),
    downloads: translate(lang, 'figure.downloads'),
    png: translate(lang, 'figure.png'),
    svg: translate(lang, 'figure.svg'),
    csv: translate(lang, 'figure.csv'),
    link: translate(lang, 'figure.link'),
    failed: (error: string) => translate(lang, 'figure.failed', { error }),
    lang,
  };
}
