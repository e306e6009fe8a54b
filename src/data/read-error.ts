import { XlsxError } from './xlsx/xlsx-error.ts';

/** Why a reader or the engine could not read a file, as a reason the page has a message for in each language. */
export type ReadErrorReason =
  | 'field-count'
  | 'unterminated-quote'
  | 'bad-encoding'
  | 'not-parquet'
  | 'not-fetched'
  | 'not-xlsx'
  | 'no-sheet'
  | 'empty'
  | 'unreadable';

/** A reader's or engine's error as a catalogue reason; `detail` keeps its own words (English) for a details line. */
export interface ReadError {
  reason: ReadErrorReason;
  expected: string | null;
  value: string | null;
  detail: string;
}

type Rule = readonly [RegExp, (match: RegExpExecArray) => Omit<ReadError, 'detail'>];

const plain = (reason: ReadErrorReason) => () => ({ reason, expected: null, value: null });

// DuckDB's CSV reader, parquet-wasm ("Parquet error: Invalid Parquet file. Corrupt footer"), DuckDB's Parquet
// reader and the site's own file fetch ("HTTP 404"), by the words of their messages.
const RULES: readonly Rule[] = [
  [/\bHTTP (\d{3})\b/, (m) => ({ reason: 'not-fetched', expected: null, value: m[1] ?? null })],
  [
    /Expected Number of Columns: (\d+) Found: (\d+)/i,
    (m) => ({ reason: 'field-count', expected: m[1] ?? null, value: m[2] ?? null }),
  ],
  [/unterminated quote/i, plain('unterminated-quote')],
  [/invalid unicode|invalid utf-?8|byte sequence mismatch/i, plain('bad-encoding')],
  [/invalid parquet|parquet error|corrupt footer|no magic bytes|not a parquet/i, plain('not-parquet')],
];

const XLSX_REASONS: Readonly<Record<XlsxError['reason'], ReadErrorReason>> = {
  'not-xlsx': 'not-xlsx',
  'no-sheet': 'no-sheet',
  empty: 'empty',
  unreadable: 'unreadable',
  'sheet-too-large': 'unreadable',
};

/** What went wrong reading a file, from whatever the reader threw; an unknown message is 'unreadable'. */
export function classifyReadError(error: unknown): ReadError {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof XlsxError)
    return { reason: XLSX_REASONS[error.reason], expected: null, value: null, detail: message };
  const lines = message
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  for (const [pattern, make] of RULES)
    for (const line of lines) {
      const match = pattern.exec(line);
      if (match) return { ...make(match), detail: line };
    }
  return { reason: 'unreadable', expected: null, value: null, detail: lines[0] ?? message };
}

/** The line of the file a DuckDB CSV error names ("CSV Error on Line: 5"), or null. */
export function messageLine(error: unknown): number | null {
  const message = error instanceof Error ? error.message : String(error);
  const line = /Line: (\d+)/i.exec(message)?.[1];
  return line ? Number(line) : null;
}
