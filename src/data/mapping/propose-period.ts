import { normaliseHeader } from './header-synonyms.ts';

/** A survey round of BPS's Susenas: March or September. */
export type SurveyRound = 'mar' | 'sep';

/** Where a proposed survey round was read: a title row, a header, a note under the table, the file's name, or nowhere (district figures, which BPS publishes for March only). */
export type PeriodSource = 'title' | 'header' | 'note' | 'file-name' | 'district-default';

/** The survey round proposed for a file that has no period column, with where it was read. */
export interface PeriodProposal {
  value: SurveyRound;
  from: PeriodSource;
  /** The text it was read from, as the file writes it ('' for the district default). */
  text: string;
}

/** What a file says around its table. */
export interface PeriodContext {
  titleLines: readonly string[];
  headers: readonly string[];
  notes: readonly string[];
  fileName: string;
}

// Words that name the survey round of a whole file.
const PERIOD_CUES: readonly (readonly [SurveyRound, readonly string[]])[] = [
  ['mar', ['maret', 'march', 'semester 1', 'semester i']],
  ['sep', ['september', 'sept', 'semester 2', 'semester ii']],
];

const mentions = (text: string, phrase: string) => ` ${text} `.includes(` ${phrase} `);

/** The survey rounds a text names (none, one, or both). */
function namedRounds(text: string): SurveyRound[] {
  const normalised = normaliseHeader(text);
  return PERIOD_CUES.filter(([, phrases]) => phrases.some((p) => mentions(normalised, p))).map(([round]) => round);
}

/** The one survey round a text names, or null when it names none or both. */
export function mentionedPeriod(text: string): SurveyRound | null {
  const named = namedRounds(text);
  return named.length === 1 ? (named[0] ?? null) : null;
}

/**
 * The survey round a file names, read from its title rows, then its headers, its notes ("Sumber: Susenas
 * Maret"), its name — the first place that names one; none when a place names both. A file that names none
 * but holds district figures is proposed March, since BPS publishes district poverty for March only; the
 * proposal says so, and the planner confirms it by loading.
 */
export function proposePeriod(context: PeriodContext, holdsDistricts: boolean): PeriodProposal | null {
  const places: readonly (readonly [PeriodSource, readonly string[]])[] = [
    ['title', context.titleLines],
    ['header', context.headers],
    ['note', context.notes],
    ['file-name', [context.fileName]],
  ];
  for (const [from, texts] of places) {
    const named = texts.flatMap((text) => namedRounds(text).map((value) => ({ value, from, text: text.trim() })));
    // "Maret dan September": the file holds both rounds, and only a column can say which row is which.
    if (new Set(named.map((n) => n.value)).size > 1) return null;
    if (named[0]) return named[0];
  }
  return holdsDistricts ? { value: 'mar', from: 'district-default', text: '' } : null;
}
