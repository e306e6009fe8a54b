import type { TableLayout } from '../../data/layout/table-layout.ts';
import type { MessageKey } from '../../i18n/messages-id.ts';
import type { MessageParams } from '../../i18n/translate.ts';
import { formatNumber, type Lang } from '../../i18n/format.ts';

/** The sentences that say what Pantau made of a file's layout: titles skipped, header merged, years unpivoted, notes. */
export function layoutFacts(layout: TableLayout, t: (key: MessageKey, params?: MessageParams) => string): string[] {
  const facts: string[] = [];
  if (layout.titleLines.length)
    facts.push(t('data.layout.titles', { titles: layout.titleLines.map((l) => `"${l}"`).join(', ') }));
  if (layout.headerRows > 1) facts.push(t('data.layout.twoRowHeader'));
  const years = layout.years;
  if (years.length >= 2)
    facts.push(t('data.layout.wide', { count: years.length, first: years[0]!.header, last: years.at(-1)!.header }));
  if (layout.trailingNotes.length)
    facts.push(t('data.layout.notes', { notes: layout.trailingNotes.map((n) => `"${n}"`).join(', ') }));
  return facts;
}

/** A file size in words: "1,2 MB", "850,0 KB". */
export function sizeText(bytes: number, lang: Lang): string {
  if (bytes >= 1024 * 1024) return `${formatNumber(bytes / (1024 * 1024), lang, 1)} MB`;
  return `${formatNumber(Math.max(0.1, bytes / 1024), lang, 1)} KB`;
}
