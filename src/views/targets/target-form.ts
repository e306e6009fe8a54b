import type { TargetInput, TargetIssueRow } from '../../queries/upsert-target.ts';

/** The target form as typed: every field is text until it is parsed. */
export interface TargetDraft {
  areaCode: string;
  year: string;
  kind: 'value' | 'range';
  value: string;
  low: string;
  high: string;
  document: string;
}

/** A field the form could not read; the bounds and the area are checked by the engine afterwards. */
export interface DraftIssue {
  field: TargetIssueRow['field'];
  reason: 'missing' | 'not-a-number' | 'not-an-integer';
  value: string;
}

/** The result of reading a draft: a target to check and write, or what could not be read. */
export type ParsedDraft = { ok: true; input: TargetInput } | { ok: false; issues: DraftIssue[] };

/** A decimal typed with a comma or a point ("3,5" or "3.5"): null when empty, NaN when not a number. */
export function parseDecimal(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^-?\d+([.,]\d+)?$/.test(trimmed) ? Number(trimmed.replace(',', '.')) : Number.NaN;
}

function readYear(text: string, issues: DraftIssue[]): number {
  const trimmed = text.trim();
  if (trimmed === '') issues.push({ field: 'year', reason: 'missing', value: '' });
  else if (!/^-?\d+$/.test(trimmed)) issues.push({ field: 'year', reason: 'not-an-integer', value: trimmed });
  return Number(trimmed);
}

function readPct(field: DraftIssue['field'], text: string, issues: DraftIssue[]): number | null {
  const value = parseDecimal(text);
  if (Number.isNaN(value)) issues.push({ field, reason: 'not-a-number', value: text.trim() });
  return value;
}

/** Reads the form: the fields of the chosen kind only (a value, or both ends of a range). */
export function parseDraft(draft: TargetDraft): ParsedDraft {
  const issues: DraftIssue[] = [];
  if (draft.areaCode === '') issues.push({ field: 'area', reason: 'missing', value: '' });
  const year = readYear(draft.year, issues);
  const isRange = draft.kind === 'range';
  const valuePct = isRange ? null : readPct('value', draft.value, issues);
  const lowPct = isRange ? readPct('low', draft.low, issues) : null;
  const highPct = isRange ? readPct('high', draft.high, issues) : null;
  if (issues.length) return { ok: false, issues };
  return { ok: true, input: { areaCode: draft.areaCode, year, valuePct, lowPct, highPct, document: draft.document } };
}
