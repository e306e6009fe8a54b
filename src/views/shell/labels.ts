import type { Lang } from '../../i18n/format.ts';
import type { DatasetSpec } from '../../data/catalog.ts';
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
    chartLink: translate(lang, 'figure.chartLink'),
    chartLinkCopied: translate(lang, 'figure.chartLinkCopied'),
    lang,
  };
}

/** "Data per: …" for datasets in a language (their vintages joined), or undefined when none is known. */
export function vintageText(lang: Lang, ...specs: (DatasetSpec | undefined)[]): string | undefined {
  const vintage = specs.flatMap((s) => (s ? [s.vintage[lang]] : [])).join('; ');
  return vintage ? translate(lang, 'sources.vintage', { vintage }) : undefined;
}

/** The provenance lines of datasets in a language (for a figure's source list). */
export function datasetSources(lang: Lang, ...specs: (DatasetSpec | undefined)[]): string[] {
  return specs.flatMap((s) => (s ? [s.source[lang]] : []));
}
