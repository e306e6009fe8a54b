import type { ColumnMapping, ColumnSource } from './column-source.ts';
import { HEADER_GUARDS, HEADER_SYNONYMS, headerTokens, normaliseHeader } from './header-synonyms.ts';
import { proposePeriod, type PeriodProposal } from './propose-period.ts';

/** What the mapper needs of a dataset: its id and columns (the catalog's DatasetSpec fits). */
export interface MappableSpec {
  id: string;
  columns: { name: string; type: 'text' | 'integer' | 'number'; required?: boolean; oneOf?: string[] }[];
}

/** A year column of a wide table (the layout sniffer reports these). */
export interface WideYear {
  index: number;
  header: string;
  year: number;
  period: 'mar' | 'sep' | null;
}

/** A suggested mapping, with what it could not place. */
export interface MappingSuggestion {
  mapping: ColumnMapping;
  /** The survey round proposed for a file without a period column, and where it was read (null: none). */
  period: PeriodProposal | null;
  missingRequired: string[];
  unusedHeaders: string[];
  /** The share of required columns read from the file (a period proposed for want of a mention is not). */
  score: number;
}

interface Header {
  index: number;
  text: string;
  /** The words that say what the header holds (see headerTokens). */
  words: ReadonlySet<string>;
  /** Every word of the normalised header, units included (for the guards). */
  all: ReadonlySet<string>;
}

/** One way a schema column could be read from a header; keys compare element by element, larger wins. */
interface Candidate {
  column: string;
  header: number;
  key: number[];
}

/** The value column a wide table's year columns hold, and the phrases that name each alternative. */
interface WideLayout {
  main: string;
  cues: readonly (readonly [column: string, phrases: readonly string[]])[];
}

// Only these datasets have a year a wide table can spread across its columns (targets' years are goals).
const WIDE: Readonly<Record<string, WideLayout>> = {
  poverty: {
    main: 'rate_pct',
    cues: [
      [
        'rate_pct',
        [
          'persentase penduduk miskin',
          'persentase kemiskinan',
          'tingkat kemiskinan',
          'p0',
          'poverty rate',
          'percentage of poor',
        ],
      ],
      ['poor_thousands', ['jumlah penduduk miskin', 'number of poor']],
      ['poverty_line_rp', ['garis kemiskinan', 'poverty line']],
      ['p1', ['kedalaman kemiskinan', 'p1', 'poverty gap']],
      ['p2', ['keparahan kemiskinan', 'p2', 'poverty severity']],
    ],
  },
  coverage: {
    main: 'beneficiaries',
    cues: [
      ['beneficiaries', ['penerima', 'beneficiaries']],
      ['budget_rp', ['anggaran', 'budget']],
    ],
  },
};

// Words in the header of a count that say what it counts (a KPM is a family: Keluarga Penerima Manfaat).
const UNIT_CUES: readonly (readonly [string, readonly string[]])[] = [
  ['household', ['kpm', 'keluarga', 'kk', 'rumah', 'ruta', 'household', 'households', 'families', 'family']],
  ['person', ['jiwa', 'orang', 'individu', 'person', 'persons', 'people']],
  ['student', ['siswa', 'murid', 'pelajar', 'student', 'students', 'pupils']],
];

const CODE_WORDS = ['kode', 'code', 'kd', 'bps', 'kemendagri', 'id'];
const PROVINCE_WORDS = ['provinsi', 'propinsi', 'prov', 'province'];

const has = (words: ReadonlySet<string>, list: readonly string[]) => list.some((w) => words.has(w));
const padded = (text: string) => ` ${text} `;
const mentions = (text: string, phrase: string) => padded(text).indexOf(padded(phrase));

function phrasesOf(datasetId: string, column: string): readonly string[] {
  const byColumn = Object.hasOwn(HEADER_SYNONYMS, datasetId) ? HEADER_SYNONYMS[datasetId] : undefined;
  return byColumn && Object.hasOwn(byColumn, column) ? (byColumn[column] ?? []) : [];
}

/**
 * How well a phrase names a header, compared by the words that say what each holds: the same words, or all
 * the phrase's words present (a lone word must be half the header).
 */
function phraseFit(header: Header, phrase: string): { exact: boolean; coverage: number } | null {
  if (header.text === phrase) return { exact: true, coverage: 1 };
  const words = new Set(headerTokens(phrase));
  if (words.size === 0 || ![...words].every((w) => header.words.has(w))) return null;
  const coverage = words.size / header.words.size;
  if (coverage === 1) return { exact: true, coverage };
  return words.size === 1 && coverage < 0.5 ? null : { exact: false, coverage };
}

/** For the area: a district code beats a district name, which beats the province's code, then its name. */
function areaRank(column: string, header: Header): number {
  if (column !== 'area_code') return 0;
  return (has(header.words, PROVINCE_WORDS) ? 0 : 2) + (has(header.words, CODE_WORDS) ? 1 : 0);
}

/** The best reading of one column from one header, or null when no phrase fits. */
function candidate(specId: string, column: string, order: number, header: Header): Candidate | null {
  const tail = [-order, -header.index];
  if (header.text === normaliseHeader(column)) return { column, header: header.index, key: [1, 0, 1, 1, 0, ...tail] };
  if (Object.hasOwn(HEADER_GUARDS, column) && HEADER_GUARDS[column]?.(header.all)) return null;
  let best: Candidate | null = null;
  for (const [i, phrase] of phrasesOf(specId, column).entries()) {
    const fit = phraseFit(header, phrase);
    const key = fit && [0, areaRank(column, header), fit.exact ? 1 : 0, fit.coverage, -i, ...tail];
    if (key && (!best || compareKeys(key, best.key) > 0)) best = { column, header: header.index, key };
  }
  return best;
}

/** Positive when key a ranks above key b (compared element by element). */
function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Each column to its best free header, best pairs first, so each header serves one column at most. */
function assignHeaders(
  spec: MappableSpec,
  columns: readonly string[],
  headers: readonly Header[],
): Map<string, number> {
  const candidates: Candidate[] = [];
  columns.forEach((column, order) => {
    for (const header of headers) {
      const c = candidate(spec.id, column, order, header);
      if (c) candidates.push(c);
    }
  });
  candidates.sort((a, b) => compareKeys(b.key, a.key));
  const assigned = new Map<string, number>();
  const taken = new Set<number>();
  for (const c of candidates) {
    if (assigned.has(c.column) || taken.has(c.header)) continue;
    assigned.set(c.column, c.header);
    taken.add(c.header);
  }
  return assigned;
}

/** The column a wide table's cells hold: the alternative its title or headers name first, else the main one. */
function wideValueColumn(layout: WideLayout, texts: readonly string[]): string {
  for (const text of texts) {
    let found: { column: string; at: number } | null = null;
    for (const [column, phrases] of layout.cues) {
      for (const phrase of phrases) {
        const at = mentions(text, phrase);
        if (at >= 0 && (!found || at < found.at)) found = { column, at };
      }
    }
    if (found) return found.column;
  }
  return layout.main;
}

/** The one unit a count's header names, or null when it names none or several. */
function mentionedUnit(header: string): string | null {
  const words = new Set(header.split(' '));
  const named = UNIT_CUES.filter(([, cues]) => has(words, cues));
  return named.length === 1 ? (named[0]?.[0] ?? null) : null;
}

/** The year, value and period sources of a wide table, or nothing when the file or dataset is not one. */
function wideSources(spec: MappableSpec, years: readonly WideYear[], texts: readonly string[]): ColumnMapping {
  const layout = Object.hasOwn(WIDE, spec.id) ? WIDE[spec.id] : undefined;
  const names = new Set(spec.columns.map((c) => c.name));
  if (!layout || years.length < 2 || !names.has('year')) return {};
  const sources: ColumnMapping = { year: { kind: 'year-header' } };
  const value = wideValueColumn(layout, texts);
  if (names.has(value)) sources[value] = { kind: 'year-values' };
  if (names.has('period') && years.some((y) => y.period !== null)) sources.period = { kind: 'period-header' };
  return sources;
}

/** What a column the file does not have can be read from: its title, the header of the count, its name. */
interface FallbackContext {
  period: PeriodProposal | null;
  countHeader: string;
  fileName: string;
}

/**
 * A source for a column the file does not have: a period its title names, the unit the count's header names
 * ("Jumlah KPM" counts households), the file as the source, its rows as sourced (not illustrative).
 */
function fallback(column: MappableSpec['columns'][number], context: FallbackContext): ColumnSource {
  const { period, countHeader, fileName } = context;
  if (column.name === 'period' && period && column.oneOf?.includes(period.value))
    return { kind: 'constant', value: period.value };
  const unit = column.name === 'unit' ? mentionedUnit(countHeader) : null;
  if (unit && column.oneOf?.includes(unit)) return { kind: 'constant', value: unit };
  if (column.name === 'source' && column.required) return { kind: 'constant', value: `Data pengguna: ${fileName}` };
  // A planner's own table is real data, sourced to the file (the mapping shows it; generated rows say so).
  if (column.name === 'provenance' && column.oneOf?.includes('sourced')) return { kind: 'constant', value: 'sourced' };
  return { kind: 'none' };
}

function headersOf(headers: readonly string[], reserved: ReadonlySet<number>): Header[] {
  return headers.flatMap((raw, index) => {
    const text = normaliseHeader(raw);
    if (text === '' || reserved.has(index)) return [];
    return [{ index, text, words: new Set(headerTokens(text)), all: new Set(text.split(' ')) }];
  });
}

/** What a file says around its table: its name, its title rows, its notes under the table. */
export interface FileContext {
  fileName: string;
  titleLines: string[];
  notes?: string[];
}

/** The survey round for a dataset with a period the file has no column for, or null. */
function periodFor(
  spec: MappableSpec,
  headers: readonly string[],
  context: FileContext,
  assigned: ReadonlyMap<string, number>,
): PeriodProposal | null {
  const needs = spec.columns.some((c) => c.name === 'period' && c.oneOf?.includes('mar'));
  if (!needs || assigned.has('period')) return null;
  const area = assigned.get('area_code');
  const areaWords = new Set(normaliseHeader(area === undefined ? '' : (headers[area] ?? '')).split(' '));
  const holdsDistricts = area !== undefined && !has(areaWords, PROVINCE_WORDS);
  const { fileName, titleLines, notes = [] } = context;
  return proposePeriod({ titleLines, headers, notes, fileName }, holdsDistricts);
}

/** Suggests where each schema column comes from, from the file's headers (id or en), its year columns (wide tables), its title lines, notes and file name. */
export function suggestMapping(
  spec: MappableSpec,
  headers: string[],
  years: WideYear[],
  context: FileContext,
): MappingSuggestion {
  const titles = context.titleLines.map(normaliseHeader).join(' | ');
  const headerText = headers.map(normaliseHeader).join(' | ');
  const wide = wideSources(spec, years, [titles, headerText, normaliseHeader(context.fileName)]);
  const reserved = new Set(Object.keys(wide).length > 0 ? years.map((y) => y.index) : []);
  const open = spec.columns.map((c) => c.name).filter((name) => !Object.hasOwn(wide, name));
  const assigned = assignHeaders(spec, open, headersOf(headers, reserved));
  const count = assigned.get('beneficiaries');
  const countHeader = count === undefined ? '' : normaliseHeader(headers[count] ?? '');
  const period = Object.hasOwn(wide, 'period') ? null : periodFor(spec, headers, context, assigned);
  const missing = { period, countHeader, fileName: context.fileName };
  const mapping: ColumnMapping = {};
  for (const column of spec.columns) {
    const index = assigned.get(column.name);
    if (Object.hasOwn(wide, column.name)) mapping[column.name] = wide[column.name] as ColumnSource;
    else if (index !== undefined) mapping[column.name] = { kind: 'column', index };
    else mapping[column.name] = fallback(column, missing);
  }
  const summary = summarise(spec, headers, reserved, mapping);
  // A period proposed for want of any mention is a guess: it must not make the file look like poverty data.
  const guessed = period?.from === 'district-default' ? 1 / spec.columns.filter((c) => c.required).length : 0;
  return { ...summary, score: summary.score - guessed, period };
}

/** What the mapping leaves out, and the share of required columns it places. */
function summarise(
  spec: MappableSpec,
  headers: readonly string[],
  reserved: ReadonlySet<number>,
  mapping: ColumnMapping,
): Omit<MappingSuggestion, 'period'> {
  const used = new Set(Object.values(mapping).flatMap((s) => (s.kind === 'column' ? [s.index] : [])));
  const required = spec.columns.filter((c) => c.required);
  const missingRequired = required.filter((c) => mapping[c.name]?.kind === 'none').map((c) => c.name);
  const unusedHeaders = headers.filter((h, i) => !used.has(i) && !reserved.has(i) && normaliseHeader(h) !== '');
  const score = required.length === 0 ? 0 : (required.length - missingRequired.length) / required.length;
  return { mapping, missingRequired, unusedHeaders, score };
}

/** Datasets ranked by how well the headers fit them (best first). */
export function rankDatasets(
  specs: MappableSpec[],
  headers: string[],
  years: WideYear[],
): { id: string; score: number }[] {
  return (
    specs
      .map((spec, order) => ({
        spec,
        order,
        ...suggestMapping(spec, headers, years, { fileName: '', titleLines: [] }),
      }))
      // Equal shares of the schema: the dataset that leaves fewer of the file's columns unread fits better.
      .sort((a, b) => b.score - a.score || a.unusedHeaders.length - b.unusedHeaders.length || a.order - b.order)
      .map(({ spec, score }) => ({ id: spec.id, score }))
  );
}
