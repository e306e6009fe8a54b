import type { SourceGroup, SourceItem, SourceLink } from '../components/source-group.ts';
import { groupCitations, type CitationGroup, type CitedRow, type Release, type Round } from '../domain/citations.ts';
import { formatIsoDate, type Lang } from '../i18n/format.ts';
import { translator } from '../i18n/translate.ts';

type T = ReturnType<typeof translator>;

/** A survey round in words: "Maret 2025", or the year alone for a yearly figure. */
export function roundText(round: Round, t: T): string {
  return round.period ? `${t(`period.${round.period}`)} ${round.year}` : String(round.year);
}

// The host names a page briefly (kaltim.antaranews.com); a text that is not a URL stays as it is.
function linkTo(source: string): SourceLink | null {
  if (!/^https?:\/\//.test(source)) return null;
  return { href: source, label: new URL(source).hostname.replace(/^www\./, '') };
}

function span(t: T, first: Round, last: Round): string {
  const a = roundText(first, t);
  const b = roundText(last, t);
  return a === b ? a : `${a} – ${b}`;
}

function item(r: Release, t: T, lang: Lang): SourceItem {
  const title = r.title ?? t('sources.untitled', { round: span(t, r.first, r.last) });
  const text = r.date ? `${title} (${t('sources.released', { date: formatIsoDate(r.date, lang) })})` : title;
  const links = r.readAt.map(linkTo);
  const texts = r.readAt.filter((_, i) => !links[i]);
  return {
    text: texts.length ? `${text}; ${texts.join('; ')}` : text,
    release: r.url ? { href: r.url, label: t('sources.releasePage') } : undefined,
    readAt: links.filter((l): l is SourceLink => l !== null),
    readAtLabel: t('sources.readAt'),
    mark: r.pressOnly ? t('sources.pressOnly') : undefined,
  };
}

function summary(g: CitationGroup, t: T): string {
  const count = t(g.releases.length === 1 ? 'sources.releases.one' : 'sources.releases.other', {
    n: g.releases.length,
  });
  const press = g.pressOnly ? ` ${t('sources.pressCount', { n: g.pressOnly })}` : '';
  return `${g.publisher}, ${span(t, g.first, g.last)} · ${count}${press}`;
}

/**
 * The releases behind some rows as a chart's source lines: one line per original publisher ("BPS
 * Provinsi Kalimantan Timur, Maret 2015 – September 2025 · 21 rilis"), each release listed with its
 * date, its own page when known, and the pages its figures were read on.
 */
export function citationGroups(rows: readonly CitedRow[], lang: Lang): SourceGroup[] {
  const t = translator(lang);
  return groupCitations(rows).map((g) => ({ summary: summary(g, t), items: g.releases.map((r) => item(r, t, lang)) }));
}

/** One row's citation in a line, for a data table or CSV: publisher, release (or "not identified"), date, where read. */
export function citationLine(row: CitedRow, lang: Lang): string {
  const [g] = groupCitations([row]);
  if (!g) return '';
  const it = item(g.releases[0]!, translator(lang), lang);
  const read = [...it.readAt.map((l) => l.href)];
  return [g.publisher, it.text, it.release?.href, read.length ? `${it.readAtLabel}: ${read.join(' ')}` : '', it.mark]
    .filter(Boolean)
    .join(' · ');
}
