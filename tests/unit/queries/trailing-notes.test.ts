import { describe, expect, it } from 'vitest';
import { createRawTableSql } from '../../../src/queries/raw-table.ts';
import { lastDataRowSql, trailingNotesSql, type TrailingNoteRow } from '../../../src/queries/trailing-notes.ts';
import { sharedEngine } from '../helpers/engine.ts';

describe('trailing notes below the data, on real DuckDB', () => {
  const conn = sharedEngine();
  // Lines 2-5 are data (line 4 a note-like record inside the data), 6-8 the notes below it.
  const records: [number, string, string | null][] = [
    [2, '6401', '9,1'],
    [3, '6402', '7,3'],
    [4, 'Sumber: dalam data', null],
    [5, '6403', '8,0'],
    [6, 'Sumber: BPS Provinsi Kalimantan Timur', null],
    [7, '', null],
    [8, 'Catatan: angka sementara', null],
  ];
  const notes = async (lastData?: number) => conn.query<TrailingNoteRow>(trailingNotesSql('raw', 2, lastData));
  const lastData = async (tail: number) =>
    (await conn.query<{ row: number | null }>(lastDataRowSql('raw', 2, tail)))[0]?.row;

  it('finds the last data record within the tail, or says the tail is all notes', async () => {
    await conn.exec(createRawTableSql('raw', 2));
    const values = records.map(([row, a, b]) => `(${row}, '${a}', ${b === null ? 'NULL' : `'${b}'`})`);
    await conn.exec(`INSERT INTO raw VALUES ${values.join(', ')}`);
    expect(await lastData(4)).toBe(5);
    expect(await lastData(3)).toBeNull();
  });

  it('lists the same notes from the known last data record as from the whole table', async () => {
    const whole = await notes();
    expect(whole.map((n) => n.row)).toEqual([6, 7, 8]);
    expect(await notes(5)).toEqual(whole);
  });
});
