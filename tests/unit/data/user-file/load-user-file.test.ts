import { describe, expect, it } from 'vitest';
import { DatasetError } from '../../../../src/data/dataset-error.ts';
import { BUNDLED, openEngineWith, sharedEngine } from '../../helpers/engine.ts';
import { fixture, inspect, loadUser, recipeFor } from './user-file-helpers.ts';
import { loadUserFile } from '../../../../src/data/user-file/load-user-file.ts';
import { decodeParquetNode } from '../../../../src/data/parquet-decoder-node.ts';
import { spec } from '../../helpers/engine.ts';

const WIDE = 'tests/fixtures/layout/bps-wide-semicolon.csv';
const MAR = { kind: 'constant', value: 'mar' } as const;

async function rows(conn: ReturnType<typeof sharedEngine>): Promise<number> {
  return (await conn.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM poverty'))[0]!.n;
}

async function rate(conn: ReturnType<typeof sharedEngine>, area: string, year: number): Promise<number | undefined> {
  const rows = await conn.query<{ rate_pct: number }>(
    `SELECT rate_pct FROM poverty WHERE area_code = '${area}' AND year = ${year} AND period = 'mar'`,
  );
  return rows[0]?.rate_pct;
}

describe('a BPS wide table (title row, two-row header, notes below, decimal comma)', () => {
  const conn = sharedEngine(() => openEngineWith(BUNDLED));

  it('is unpivoted to one row per district and year, areas named by name resolved to BPS codes', async () => {
    const { report, progress } = await loadUser(conn, 'poverty', 'bps-wide.csv', fixture(WIDE), {
      mapping: { period: MAR },
    });
    expect(report).toMatchObject({
      rowsRead: 11,
      valuesStaged: 33,
      rowsAccepted: 33,
      issueCount: 0,
      noValueCells: 0,
      unknownAreas: [],
    });
    expect(report.notes.map((n) => n.text)).toEqual([
      'Sumber: Badan Pusat Statistik (contoh sintetis untuk uji)',
      'Catatan: angka sementara',
    ]);
    expect(await rate(conn, '6403', 2024)).toBe(6.81);
    expect(await rate(conn, '64', 2022)).toBe(6.42);
    expect(await rows(conn)).toBe(33);
    expect(progress.at(-1)).toEqual({ phase: 'save', fraction: 1 });
  });
});

describe('a refused file', () => {
  const conn = sharedEngine(() => openEngineWith(BUNDLED));

  it('names the row, the column as the file names it, the value and the reason, and leaves the table as it was', async () => {
    const before = await rows(conn);
    const text = 'Kabupaten/Kota;Tahun;Persentase Penduduk Miskin\nPaser;2024;8,1\nJakarta;2024;3,2\nBerau;2024;abc\n';
    const error = await loadUser(conn, 'poverty', 'bad.csv', text, { mapping: { period: MAR } }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DatasetError);
    const { report } = error as DatasetError;
    expect(report.issues).toEqual([
      {
        file: 'bad.csv',
        row: 3,
        column: 'Kabupaten/Kota',
        value: 'Jakarta',
        reason: 'unknown-area',
        expected: 'areas',
      },
      {
        file: 'bad.csv',
        row: 4,
        column: 'Persentase Penduduk Miskin',
        value: 'abc',
        reason: 'not-a-number',
        expected: 'number',
      },
    ]);
    expect(await rows(conn)).toBe(before);
  });

  it('loads only the valid rows when asked, and says how many were left out', async () => {
    const text = 'Kabupaten/Kota;Tahun;Persentase Penduduk Miskin\nPaser;2024;8,1\nJakarta;2024;3,2\nBerau;2024;abc\n';
    const { report } = await loadUser(conn, 'poverty', 'bad.csv', text, {
      mapping: { period: MAR },
      acceptValid: true,
    });
    expect(report).toMatchObject({ rowsRead: 3, rowsAccepted: 1, rowsRejected: 2, issueCount: 2 });
    expect(await conn.query('SELECT area_code, year, rate_pct FROM poverty')).toEqual([
      { area_code: '6401', year: 2024, rate_pct: 8.1 },
    ]);
  });

  it('a last row with only its area filled is a data row with missing values, not a note skipped under the table', async () => {
    const text = 'Kabupaten/Kota;Tahun;Persentase Penduduk Miskin\nPaser;2024;8,1\nMahakam Ulu;;\nSumber: BPS\n';
    const error = (await loadUser(conn, 'poverty', 'last.csv', text, { mapping: { period: MAR } }).catch(
      (e: unknown) => e,
    )) as DatasetError;
    expect(error).toBeInstanceOf(DatasetError);
    expect(error.report.issues.map((i) => [i.row, i.column, i.reason])).toEqual([
      [3, 'Persentase Penduduk Miskin', 'missing'],
      [3, 'Tahun', 'missing'],
    ]);
  });

  it('a line with more fields than the header is refused with its line', async () => {
    const text = 'Kabupaten/Kota;Tahun;Persentase Penduduk Miskin\nPaser;2024;8,1\nBerau;2024;5,1;extra\n';
    const error = (await loadUser(conn, 'poverty', 'extra.csv', text, { mapping: { period: MAR } }).catch(
      (e: unknown) => e,
    )) as DatasetError;
    expect(error.report.issues[0]).toMatchObject({ file: 'extra.csv', row: 3, reason: 'field-count', expected: '3' });
    expect(error.report.issues[0]!.detail).toMatch(/Expected Number of Columns: 3 Found: 4/);
  });
});

describe('a NUL byte in a text file', () => {
  const conn = sharedEngine(() => openEngineWith(BUNDLED));

  it('is reported at its row and column, with the cell, and the data in use stays', async () => {
    const before = await rows(conn);
    const text = 'Kabupaten/Kota;Tahun;Persentase Penduduk Miskin\nPaser;2024;8,1\nBerau;20\u000024;5,1\n';
    const error = (await loadUser(conn, 'poverty', 'nul.csv', text, { mapping: { period: MAR } }).catch(
      (e: unknown) => e,
    )) as DatasetError;
    expect(error).toBeInstanceOf(DatasetError);
    expect(error.report.issues).toEqual([
      { file: 'nul.csv', row: 3, column: 'Tahun', value: '20[NUL]24', reason: 'nul-byte', expected: null },
    ]);
    expect(await rows(conn)).toBe(before);
  });

  it('a UTF-16 file (NUL in every other byte) is refused as not a table file, in words the page translates', async () => {
    const text = 'Kabupaten/Kota;Tahun\nPaser;2024\n';
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from(text).flatMap((c) => [c.charCodeAt(0), 0])]);
    const error = (await inspect(conn, 'utf16.csv', utf16).catch((e: unknown) => e)) as DatasetError;
    expect(error.report.issues).toMatchObject([{ file: 'utf16.csv', row: 0, reason: 'not-a-table-file' }]);
    const stray = await inspect(conn, 'stray.csv', 'Kabupaten/Kota;Tahun\nPaser;20\u000024\n');
    expect(stray.kind).toBe('csv');
  });

  it('a NUL in a later chunk is found there, at its own row', async () => {
    const lines = Array.from({ length: 400 }, (_, i) => `Paser;${2000 + (i % 25)};8,1`);
    lines[300] = 'Berau;2024;5\u0000,1';
    const text = `Kabupaten/Kota;Tahun;Persentase Penduduk Miskin\n${lines.join('\n')}\n`;
    const error = (await loadUser(conn, 'poverty', 'late.csv', text, { mapping: { period: MAR } }, 1024).catch(
      (e: unknown) => e,
    )) as DatasetError;
    expect(error.report.issues).toEqual([
      {
        file: 'late.csv',
        row: 302,
        column: 'Persentase Penduduk Miskin',
        value: '5[NUL],1',
        reason: 'nul-byte',
        expected: null,
      },
    ]);
  });

  it('a chunk refused while the next is read: the refusal is the error, and the failed read ahead is handled', async () => {
    const lines = Array.from({ length: 200 }, (_, i) => `Paser;${2000 + (i % 25)};8,1`);
    lines[2] = 'Berau;2024;5\u0000,1';
    const text = `Kabupaten/Kota;Tahun;Persentase Penduduk Miskin\n${lines.join('\n')}\n`;
    const inspected = await inspect(conn, 'ahead.csv', text);
    const input = {
      name: 'ahead.csv',
      blob: unreadableFrom(inspected.readable, 100),
      recipe: recipeFor(inspected, 'poverty', { mapping: { period: MAR } }),
    };
    const error = (await loadUserFile(conn, spec('poverty'), input, {
      decode: decodeParquetNode,
      chunkBytes: 512,
    }).catch((e: unknown) => e)) as DatasetError;
    expect(error.report.issues).toMatchObject([{ file: 'ahead.csv', row: 4, reason: 'nul-byte' }]);
  });
});

/** A file whose bytes from `from` on cannot be read (a file changed on disk since it was picked). */
function unreadableFrom(blob: Blob, from: number): Blob {
  const unreadable = { arrayBuffer: () => Promise.reject(new Error('NotReadableError')) } as unknown as Blob;
  return {
    size: blob.size,
    slice: (start = 0, end?: number) => (start >= from ? unreadable : blob.slice(start, end)),
  } as unknown as Blob;
}

describe('values that pass the checks but cannot be right', () => {
  const conn = sharedEngine(() => openEngineWith(BUNDLED));

  it('load, and are listed as warnings with row and column: more poor than people, a poverty line far off', async () => {
    // Kukar has about 750 thousand people (BPS 2025 projection); bundled poverty lines run about Rp 400k–900k.
    const text = [
      'Kabupaten/Kota;Tahun;Periode;Persentase Penduduk Miskin;Jumlah Penduduk Miskin (Ribu Jiwa);Garis Kemiskinan (Rupiah/Kapita/Bulan)',
      'Kutai Kartanegara;2031;Maret;7,1;5.400;812.000',
      'Paser;2031;Maret;8,0;23,4;8.120.000',
      'Berau;2031;Maret;5,0;12,1;850.000',
    ].join('\n');
    const { report } = await loadUser(conn, 'poverty', 'warn.csv', text, { mode: 'add' });
    expect(report).toMatchObject({ rowsRead: 3, rowsAccepted: 3, issueCount: 0 });
    expect(report.warnings.map((w) => [w.row, w.column, w.value, w.reason])).toEqual([
      [2, 'Jumlah Penduduk Miskin (Ribu Jiwa)', '5.400', 'implausible-count'],
      [3, 'Garis Kemiskinan (Rupiah/Kapita/Bulan)', '8.120.000', 'implausible-line'],
    ]);
    const [poor, line] = report.warnings;
    expect(Number(poor!.expected)).toBeGreaterThan(500);
    expect(line!.expected).toMatch(/^\d+–\d+$/);
  });
});

describe('adding to the bundled rows', () => {
  const conn = sharedEngine(() => openEngineWith(BUNDLED));

  it('replaces rows with the same key and keeps the rest', async () => {
    const before = await rows(conn);
    const text = 'area_code,year,period,rate_pct,source\n6403,2024,mar,6.5,test\n6403,2031,mar,5.0,test\n';
    const { report } = await loadUser(conn, 'poverty', 'add.csv', text, { mode: 'add' });
    expect(report).toMatchObject({ rowsAccepted: 2, rowsReplaced: 1 });
    expect(await rows(conn)).toBe(before + 1);
    expect(await rate(conn, '6403', 2024)).toBe(6.5);
  });
});

describe('chunked reading', () => {
  const conn = sharedEngine(() => openEngineWith(BUNDLED));

  it('gives the same rows and row numbers with tiny chunks as with one', async () => {
    const lines = Array.from({ length: 40 }, (_, i) => `"Paser, Kab.";${2000 + i};"${i},5"`);
    const text = `Kabupaten/Kota;Tahun;Persentase Penduduk Miskin\r\n${lines.join('\r\n')}\r\n"Berau";2001;"x"\r\n`;
    const run = (chunk?: number) =>
      loadUser(conn, 'poverty', 'c.csv', text, { mapping: { period: MAR } }, chunk).catch(
        (e: unknown) => (e as DatasetError).report.issues,
      );
    const whole = await run();
    const tiny = await run(37);
    expect(tiny).toEqual(whole);
    expect(whole).toEqual([
      {
        file: 'c.csv',
        row: 42,
        column: 'Persentase Penduduk Miskin',
        value: 'x',
        reason: 'not-a-number',
        expected: 'number',
      },
    ]);
  });
});

describe('a long list', () => {
  const conn = sharedEngine(() => openEngineWith(BUNDLED));

  it('is saved in file order, over several chunks and row groups, with its area names read as codes', async () => {
    // 300,000 payments (three of DuckDB's row groups), ids in a scrambled order, so file order is not id order.
    const n = 300_000;
    const ids = Array.from({ length: n }, (_, i) => ((i * 7919) % n) + 1);
    const lines = ids.map((id) => `${id},0ac27db9ffff,Kutai Kartanegara,64.02.01.2001,3,kukar_pangan,2025-08,450000`);
    const text = `payment_id,household_id,area_code,village_code,desil,programme_id,month,amount_rp\n${lines.join('\n')}\n`;
    const { report } = await loadUser(conn, 'register', 'long.csv', text, {}, 4 * 1024 * 1024);
    expect(report).toMatchObject({ rowsRead: n, rowsAccepted: n, issueCount: 0 });
    const saved = await conn.query<{ payment_id: number; area_code: string }>(
      'SELECT payment_id, area_code FROM register',
    );
    expect(saved.map((r) => r.payment_id)).toEqual(ids);
    expect(new Set(saved.map((r) => r.area_code))).toEqual(new Set(['6403']));
  });
});

describe('two loads at once', () => {
  const conn = sharedEngine(() => openEngineWith(BUNDLED));

  it('two Parquet files inspected at once each show their own columns', async () => {
    const [areas, targets] = await Promise.all([
      inspect(conn, 'areas.parquet', fixture('datasets/areas.parquet')),
      inspect(conn, 'targets.parquet', fixture('tests/fixtures/user/targets-en.parquet')),
    ]);
    expect(areas.headers).toContain('bps_code');
    expect(targets.headers).not.toContain('bps_code');
    expect(targets.headers.length).toBeGreaterThan(0);
  });

  it('each reads, checks and saves its own rows (their tables and chunk files are named apart)', async () => {
    const payments = Array.from(
      { length: 3000 },
      (_, i) => `${i + 1},0ac27db9ffff,6403,64.02.01.2001,3,kukar_pangan,2025-08,450000`,
    );
    const register = `payment_id,household_id,area_code,village_code,desil,programme_id,month,amount_rp\n${payments.join('\n')}\n`;
    const rates = Array.from({ length: 30 }, (_, i) => `6401,${2000 + i},mar,${i + 1}.5,test`);
    const poverty = `area_code,year,period,rate_pct,source\n${rates.join('\n')}\n`;
    const [a, b] = await Promise.all([
      loadUser(conn, 'register', 'a.csv', register, {}, 4096),
      loadUser(conn, 'poverty', 'b.csv', poverty, {}, 256),
    ]);
    expect(a.report).toMatchObject({ rowsRead: 3000, rowsAccepted: 3000, issueCount: 0 });
    expect(b.report).toMatchObject({ rowsRead: 30, rowsAccepted: 30, issueCount: 0 });
    expect(await conn.query('SELECT count(*)::INTEGER AS n, max(payment_id) AS top FROM register')).toEqual([
      { n: 3000, top: 3000 },
    ]);
    expect(await rows(conn)).toBe(30);
    const left = await conn.query<{ name: string }>(
      `SELECT table_name AS name FROM duckdb_tables() WHERE table_name LIKE '\\_user\\_%' ESCAPE '\\' UNION ALL SELECT view_name FROM duckdb_views() WHERE view_name LIKE '\\_user\\_%' ESCAPE '\\'`,
    );
    expect(left).toEqual([]);
  });
});

describe("a Dinas Sosial's own coverage table", () => {
  const conn = sharedEngine(() => openEngineWith(BUNDLED));
  const TABLE = [
    'Kabupaten/Kota;Program;Jumlah KPM;Tahun',
    'Kutai Kartanegara;PKH;25.310;2024',
    'Kab. Berau;BPNT;9.874;2024',
    'Kota Samarinda;Program Keluarga Harapan (PKH);21.007;2024',
    'Paser;BLT Dana Desa;3.115;2024',
    'Mahakam Ulu;Bansos Daerah;812;2024',
  ].join('\n');

  it('loads with the suggested mapping alone: names resolved, households, sourced to the file', async () => {
    const { report } = await loadUser(conn, 'coverage', 'kpm-dinsos.csv', TABLE, { mode: 'add', acceptValid: true });
    expect(report).toMatchObject({ rowsRead: 5, rowsAccepted: 4, unknownAreas: [] });
    expect(report.issues).toEqual([
      expect.objectContaining({
        row: 6,
        column: 'Program',
        value: 'Bansos Daerah',
        reason: 'unknown-reference',
        expected: 'programme_kinds.programme_id',
      }),
    ]);
    const rows = await conn.query<Record<string, unknown>>(
      `SELECT area_code, programme_id, beneficiaries, unit, source, provenance FROM coverage
       WHERE source = 'Data pengguna: kpm-dinsos.csv' ORDER BY area_code`,
    );
    expect(rows).toEqual(
      [
        ['6401', 'blt_dana_desa', 3115],
        ['6403', 'pkh', 25310],
        ['6405', 'sembako', 9874],
        ['6472', 'pkh', 21007],
      ].map(([area_code, programme_id, beneficiaries]) => ({
        area_code,
        programme_id,
        beneficiaries,
        unit: 'household',
        source: 'Data pengguna: kpm-dinsos.csv',
        provenance: 'sourced',
      })),
    );
  });
});
