import { describe, expect, it } from 'vitest';
import { BUNDLED, loadBytes, loadFile, openEngineWith, readText, sharedEngine } from '../helpers/engine.ts';

const ORDER: Record<string, string> = {
  areas: 'bps_code',
  poverty: 'area_code, year, period',
  targets: 'area_code, indicator, target_year',
  programmes: 'programme_id, period',
};
const ROWS: Record<string, number> = { areas: 11, poverty: 114, targets: 7, programmes: 10 };

describe('the bundled Parquet and CSV files load to the same rows', () => {
  const conn = sharedEngine(() => openEngineWith(BUNDLED));

  it.each(['areas', 'poverty', 'targets', 'programmes'])('%s', async (id) => {
    const select = `SELECT * FROM ${id} ORDER BY ${ORDER[id]}`;
    const fromParquet = await loadFile(conn, id, `datasets/${id}.parquet`);
    const parquetRows = await conn.query(select);
    const fromCsv = await loadFile(conn, id, `datasets/${id}.csv`);
    const csvRows = await conn.query(select);
    expect(fromParquet).toEqual({
      dataset: id,
      file: `${id}.parquet`,
      rowsRead: ROWS[id],
      rowsAccepted: ROWS[id],
      issues: [],
      issueCount: 0,
      ignoredColumns: [],
    });
    expect(fromCsv).toEqual({
      dataset: id,
      file: `${id}.csv`,
      rowsRead: ROWS[id],
      rowsAccepted: ROWS[id],
      issues: [],
      issueCount: 0,
      ignoredColumns: [],
    });
    expect(parquetRows).toHaveLength(ROWS[id]!);
    expect(csvRows).toEqual(parquetRows);
  });

  it('poverty: the BPS-style CSV is read with its decimal comma and thousands dot', async () => {
    await loadFile(conn, 'poverty', 'datasets/poverty.csv');
    const rows = await conn.query(
      `SELECT area_code, year, period, rate_pct, poor_thousands, poverty_line_rp, p1 FROM poverty WHERE (area_code = '64' AND year = 2025 AND period = 'mar') OR (area_code = '6403' AND year = 2023) ORDER BY area_code`,
    );
    expect(rows).toEqual([
      {
        area_code: '64',
        year: 2025,
        period: 'mar',
        rate_pct: 5.17,
        poor_thousands: 199.71,
        poverty_line_rp: 866193,
        p1: null,
      },
      {
        area_code: '6403',
        year: 2023,
        period: 'mar',
        rate_pct: 7.61,
        poor_thousands: 60.857,
        poverty_line_rp: 644570,
        p1: 0.91,
      },
    ]);
  });

  it('poverty: area codes stay text ("64", not 64) and years are numbers', async () => {
    const [row] = await conn.query<{ area_code: unknown; year: unknown }>(
      `SELECT area_code, year FROM poverty ORDER BY area_code, year LIMIT 1`,
    );
    expect(typeof row!.area_code).toBe('string');
    expect(typeof row!.year).toBe('number');
  });

  it('keeps the file order of the rows', async () => {
    await loadFile(conn, 'areas', 'datasets/areas.csv');
    const codes = (await conn.query<{ bps_code: string }>('SELECT bps_code FROM areas')).map((r) => r.bps_code);
    expect(codes).toEqual(['64', '6401', '6402', '6403', '6404', '6405', '6409', '6411', '6471', '6472', '6474']);
  });

  it('a CSV with Windows line ends and a byte-order mark loads the same rows as the plain one', async () => {
    await loadFile(conn, 'poverty', 'tests/fixtures/poverty-bps.csv');
    const plain = await conn.query('SELECT * FROM poverty');
    const windows = '\uFEFF' + readText('tests/fixtures/poverty-bps.csv').replaceAll('\n', '\r\n');
    const report = await loadBytes(conn, 'poverty', 'windows.csv', windows);
    expect(report).toMatchObject({ rowsAccepted: 8, ignoredColumns: [] });
    expect(await conn.query('SELECT * FROM poverty')).toEqual(plain);
  });

  it('loads a file with an extra column, names it as ignored, and fills absent optional columns with NULL', async () => {
    const text = 'notes;area_code;year;period;rate_pct;source\nfirst;64;2025;mar;5,17;a\n';
    const report = await loadBytes(conn, 'poverty', 'extra.csv', text);
    expect(report).toEqual({
      dataset: 'poverty',
      file: 'extra.csv',
      rowsRead: 1,
      rowsAccepted: 1,
      issues: [],
      issueCount: 0,
      ignoredColumns: ['notes'],
    });
    expect(await conn.query('SELECT * FROM poverty')).toEqual([
      {
        area_code: '64',
        year: 2025,
        period: 'mar',
        rate_pct: 5.17,
        poor_thousands: null,
        poverty_line_rp: null,
        p1: null,
        p2: null,
        publisher: null,
        release_title: null,
        release_date: null,
        release_url: null,
        read_in: null,
        citation_note: null,
        source: 'a',
      },
    ]);
  });
});
