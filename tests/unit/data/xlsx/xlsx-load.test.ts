import { describe, expect, it } from 'vitest';
import type { DbConnection } from '../../../../src/data/connection.ts';
import type { Cell } from '../../../../src/data/xlsx/cell.ts';
import { xlsxToDelimited } from '../../../../src/data/xlsx/xlsx-to-delimited.ts';
import { loadBytes, openEngineWith, sharedEngine } from '../../helpers/engine.ts';

const HEADER: Cell[] = [
  'area_code',
  'year',
  'period',
  'rate_pct',
  'poor_thousands',
  'poverty_line_rp',
  'p1',
  'p2',
  'source',
];
const POVERTY_ROWS =
  'SELECT area_code, year, period, rate_pct, poor_thousands, poverty_line_rp, p1, p2, source FROM poverty ORDER BY area_code';

/** Loads sheet rows into the poverty table through the real CSV loader, as the app will. */
async function loadSheet(conn: DbConnection, rows: Cell[][]) {
  const { text, decimal } = xlsxToDelimited(rows);
  return loadBytes(conn, 'poverty', 'p0.xlsx', text, { path: 'p0.xlsx', format: 'csv', delimiter: ',', decimal });
}

describe('sheet rows through xlsxToDelimited and the CSV loader', () => {
  const conn = sharedEngine(() => openEngineWith({ areas: 'tests/fixtures/areas.csv' }));

  it('a sheet mixing "7,28"-style text and stored numbers loads with both read the same way', async () => {
    const report = await loadSheet(conn, [
      HEADER,
      ['6403', 2024, 'mar', '8,23', 20.5, '866.193', null, null, 'uji xlsx'],
      [6471, 2024, 'mar', 7.280000000000001, '59,00', 682490, 0.91, null, 'uji, dengan koma'],
    ]);
    expect(report).toMatchObject({ rowsRead: 2, rowsAccepted: 2, issueCount: 0 });
    expect(await conn.query(POVERTY_ROWS)).toEqual([
      {
        area_code: '6403',
        year: 2024,
        period: 'mar',
        rate_pct: 8.23,
        poor_thousands: 20.5,
        poverty_line_rp: 866193,
        p1: null,
        p2: null,
        source: 'uji xlsx',
      },
      {
        area_code: '6471',
        year: 2024,
        period: 'mar',
        rate_pct: 7.28,
        poor_thousands: 59,
        poverty_line_rp: 682490,
        p1: 0.91,
        p2: null,
        source: 'uji, dengan koma',
      },
    ]);
  });

  it('a sheet of stored numbers only loads with a decimal point', async () => {
    const rows: Cell[][] = [HEADER, ['64', 2023, 'mar', 6.11, 231.07, 790186, 0.771, 0.14, 'angka saja']];
    expect(xlsxToDelimited(rows).decimal).toBe('.');
    await loadSheet(conn, rows);
    expect(await conn.query(POVERTY_ROWS)).toEqual([
      {
        area_code: '64',
        year: 2023,
        period: 'mar',
        rate_pct: 6.11,
        poor_thousands: 231.07,
        poverty_line_rp: 790186,
        p1: 0.771,
        p2: 0.14,
        source: 'angka saja',
      },
    ]);
  });
});
