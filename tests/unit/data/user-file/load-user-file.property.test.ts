import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DatasetError, type LoadIssueReason } from '../../../../src/data/dataset-error.ts';
import { BUNDLED, openEngineWith, sharedEngine } from '../../helpers/engine.ts';
import { loadUser } from './user-file-helpers.ts';
import { fuzzRuns } from './fuzz-runs.ts';

// Issues about a cell (these must name a row and a column) and issues about the whole file.
const CELL_REASONS: LoadIssueReason[] = [
  'missing',
  'not-a-number',
  'not-an-integer',
  'decimal-point',
  'out-of-range',
  'not-allowed',
  'bad-format',
  'unknown-reference',
  'unknown-area',
  'duplicate',
];
const FILE_REASONS: LoadIssueReason[] = ['missing-column', 'unreadable', 'empty', 'too-large'];

// Cells a planner's file might hold: good values, near misses and noise, with quotes and separators.
const area = fc.oneof(
  fc.constantFrom(
    'Paser',
    'Kutai Kartanegara',
    'KAB. BERAU',
    'Kota Samarinda',
    '6403',
    '64.02',
    '64',
    'Kaltim',
    'Jakarta',
    '',
    ' ',
  ),
  fc.string({ maxLength: 8 }),
);
const year = fc.oneof(
  fc.integer({ min: 1990, max: 2035 }).map(String),
  fc.constantFrom('2023,5', '', 'x', '-1'),
  fc.string({ maxLength: 5 }),
);
const period = fc.oneof(
  fc.constantFrom('Maret', 'mar', 'September', 'sep', 'Semester 1', ''),
  fc.string({ maxLength: 4 }),
);
const rate = fc.oneof(
  fc.double({ min: -5, max: 120, noNaN: true }).map((v) => v.toFixed(2).replace('.', ',')),
  fc.constantFrom('7,28', '1.250,5', '-', 'NaN', '', '"'),
  fc.string({ maxLength: 6 }),
);
const cell = (text: string) => (/[;"\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
const file = fc
  .array(fc.tuple(area, year, period, rate), { minLength: 0, maxLength: 12 })
  .map(
    (rows) =>
      ['Kabupaten/Kota;Tahun;Periode;Persentase Penduduk Miskin', ...rows.map((r) => r.map(cell).join(';'))].join(
        '\r\n',
      ) + '\r\n',
  );

describe('loading generated BPS-style files (fast-check, real DuckDB)', () => {
  const conn = sharedEngine(() => openEngineWith(BUNDLED));

  it('never throws anything but a report; every rejection names its row, column and reason; a refusal changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(file, fc.boolean(), async (text, acceptValid) => {
        const before = await conn.query<{ n: number; sum: number | null }>(
          'SELECT count(*)::INTEGER AS n, sum(rate_pct) AS sum FROM poverty',
        );
        const outcome = await loadUser(conn, 'poverty', 'gen.csv', text, { mode: 'add', acceptValid }).then(
          (r) => ({ ok: true as const, report: r.report }),
          (error: unknown) => {
            if (!(error instanceof DatasetError)) throw error;
            return { ok: false as const, report: error.report };
          },
        );
        for (const issue of outcome.report.issues) {
          expect([...CELL_REASONS, ...FILE_REASONS]).toContain(issue.reason);
          expect(issue.file).toBe('gen.csv');
          if (CELL_REASONS.includes(issue.reason)) {
            expect(issue.row).toBeGreaterThanOrEqual(2);
            expect(issue.column).toMatch(/\S/);
          }
        }
        expect(outcome.report.issues.length).toBeLessThanOrEqual(outcome.report.issueCount);
        const after = await conn.query<{ n: number; sum: number | null }>(
          'SELECT count(*)::INTEGER AS n, sum(rate_pct) AS sum FROM poverty',
        );
        if (!outcome.ok) expect(after).toEqual(before);
        else expect(outcome.report.rowsAccepted + outcome.report.rowsRejected).toBe(outcome.report.valuesStaged);
      }),
      { numRuns: fuzzRuns(500), seed: 20250618 },
    );
  }, 600_000);
});
