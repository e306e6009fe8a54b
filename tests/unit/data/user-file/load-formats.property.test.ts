/**
 * Generated tables written as a planner's CSV, xlsx and Parquet files and loaded through the real pipeline
 * (real DuckDB): the check may refuse cells, but never throws anything else, counts every row it read as
 * accepted or rejected, and never changes a number between the file and the table.
 *
 * Runs per format: 250 in `npm test`; `npm run fuzz` multiplies every property test of the loader by
 * PANTAU_FUZZ_SCALE (see package.json) for a long run.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import writeXlsxFile from 'write-excel-file/node';
import { DatasetError } from '../../../../src/data/dataset-error.ts';
import type { ColumnSpec } from '../../../../src/data/catalog.ts';
import { toParquet } from '../../../../scripts/datasets/parquet-write.ts';
import { BUNDLED, openEngineWith, readText, sharedEngine } from '../../helpers/engine.ts';
import { loadUser } from './user-file-helpers.ts';
import { fuzzRuns } from './fuzz-runs.ts';

const SEED = 20261206;

/** The areas as files name them: BPS code, Kemendagri code, or name, each with the BPS code it stands for. */
const AREAS = readText('datasets/areas.csv')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(','))
  .map(([bps = '', kemendagri = '', name = '']) => ({ bps, kemendagri, name }));

interface Row {
  area: string;
  code: string;
  year: number;
  period: string;
  /** A rate the file states exactly (two decimals), or junk the check must refuse. */
  rate: { value: number } | { junk: string };
}

const JUNK = ['x', '-', '7,2,8', '101,5', '-3', '', '…', '5%'];

const row = fc.record({
  areaAt: fc.nat({ max: AREAS.length - 1 }),
  form: fc.constantFrom('bps', 'kemendagri', 'name'),
  year: fc.integer({ min: 2000, max: 2030 }),
  period: fc.constantFrom('Maret', 'mar', 'March', 'Semester 1'),
  rate: fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 0, max: 10_000 }).map((n) => ({ value: n / 100 })) },
    { weight: 1, arbitrary: fc.constantFrom(...JUNK).map((junk) => ({ junk })) },
  ),
});

// One row per area and year: a key twice would be a (correct) refusal of both, not what this test is about.
const table = fc
  .uniqueArray(row, { minLength: 1, maxLength: 15, selector: (r) => `${r.areaAt}|${r.year}` })
  .map((rows): Row[] =>
    rows.map((r) => {
      const area = AREAS[r.areaAt]!;
      return { area: area[r.form], code: area.bps, year: r.year, period: r.period, rate: r.rate };
    }),
  );

const HEADERS = ['Kabupaten/Kota', 'Tahun', 'Periode', 'Persentase Penduduk Miskin'];

function csvFile(rows: readonly Row[], style: 'bps' | 'plain'): string {
  const [sep, dec] = style === 'bps' ? [';', ','] : [',', '.'];
  const quote = (text: string) => (text.includes(sep) || text.includes('"') ? `"${text.replaceAll('"', '""')}"` : text);
  const rate = (r: Row) => ('value' in r.rate ? r.rate.value.toFixed(2).replace('.', dec) : r.rate.junk);
  const lines = rows.map((r) => [r.area, String(r.year), r.period, rate(r)].map(quote).join(sep));
  return [HEADERS.join(sep), ...lines].join('\r\n') + '\r\n';
}

async function xlsxFile(rows: readonly Row[]): Promise<Uint8Array> {
  const data = [
    HEADERS.map((value) => ({ value })),
    ...rows.map((r) => [
      { value: r.area },
      { value: r.year },
      { value: r.period },
      'value' in r.rate ? { value: r.rate.value } : { value: r.rate.junk || null },
    ]),
  ];
  const book = writeXlsxFile(data as never) as unknown as { toBuffer(): Promise<Buffer> };
  return new Uint8Array(await book.toBuffer());
}

function parquetFile(rows: readonly Row[]): Uint8Array {
  // A column of numbers is typed; one holding junk can only be text.
  const typed = rows.every((r) => 'value' in r.rate);
  const columns: ColumnSpec[] = [
    { name: 'kode_wilayah', type: 'text' },
    { name: 'tahun', type: 'integer' },
    { name: 'periode', type: 'text' },
    { name: 'persentase_miskin', type: typed ? 'number' : 'text' },
  ];
  const value = (r: Row) => ('value' in r.rate ? (typed ? r.rate.value : r.rate.value.toFixed(2)) : r.rate.junk);
  const data = rows.map((r) => ({
    kode_wilayah: r.area,
    tahun: r.year,
    periode: r.period,
    persentase_miskin: value(r),
  }));
  return toParquet(data, columns);
}

type Format = 'csv-bps' | 'csv-plain' | 'xlsx' | 'parquet';

async function fileOf(format: Format, rows: readonly Row[]): Promise<{ name: string; bytes: Uint8Array | string }> {
  if (format === 'xlsx') return { name: 'gen.xlsx', bytes: await xlsxFile(rows) };
  if (format === 'parquet') return { name: 'gen.parquet', bytes: parquetFile(rows) };
  return { name: 'gen.csv', bytes: csvFile(rows, format === 'csv-bps' ? 'bps' : 'plain') };
}

describe('generated files in every format load without a changed number (fast-check, real DuckDB)', () => {
  const conn = sharedEngine(() => openEngineWith(BUNDLED));

  it.each<Format>(['csv-bps', 'csv-plain', 'xlsx', 'parquet'])(
    '%s: accepted + rejected = rows read, every valid rate lands exactly, no junk lands',
    async (format) => {
      await fc.assert(
        fc.asyncProperty(table, async (rows) => {
          const { name, bytes } = await fileOf(format, rows);
          const outcome = await loadUser(conn, 'poverty', name, bytes, { mode: 'replace', acceptValid: true }).then(
            (r) => r.report,
            (error: unknown) => {
              if (!(error instanceof DatasetError)) throw error;
              return null;
            },
          );
          const valid = rows.filter((r) => 'value' in r.rate);
          if (!outcome) {
            // Refused whole: only when no row at all was valid.
            expect(valid).toEqual([]);
            return;
          }
          expect(outcome.rowsRead).toBe(rows.length);
          expect(outcome.rowsAccepted + outcome.rowsRejected).toBe(outcome.valuesStaged);
          expect(outcome.rowsAccepted).toBe(valid.length);
          const stored = await conn.query<{ area_code: string; year: number; period: string; rate_pct: number }>(
            'SELECT area_code, year, period, rate_pct FROM poverty ORDER BY area_code, year',
          );
          const expected = valid
            .map((r) => ({
              area_code: r.code,
              year: r.year,
              period: 'mar',
              rate_pct: (r.rate as { value: number }).value,
            }))
            .sort((a, b) => a.area_code.localeCompare(b.area_code) || a.year - b.year);
          expect(stored).toEqual(expected);
        }),
        { numRuns: fuzzRuns(125), seed: SEED },
      );
    },
    600_000,
  );
});
