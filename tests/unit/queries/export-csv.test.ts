import { beforeAll, describe, expect, it } from 'vitest';
import { exportRowsSql, type ExportColumn } from '../../../src/queries/export-csv.ts';
import { csvText, type CsvStyle, type CsvValue } from '../../../src/domain/csv-text.ts';
import { sharedEngine } from '../helpers/engine.ts';

const COLUMNS: ExportColumn[] = [
  { name: 'code', type: 'text' },
  { name: 'year', type: 'integer' },
  { name: 'rate', type: 'number' },
  { name: 'note', type: 'text' },
];

describe('exportRowsSql', () => {
  it('the schema columns, in key order', () => {
    expect(exportRowsSql({ table: 'poverty', columns: COLUMNS, orderBy: ['code', 'year'] })).toBe(
      'SELECT "code", "year", "rate", "note"\nFROM "poverty"\nORDER BY "code", "year"',
    );
  });

  it('quotes names, and leaves out ORDER BY without a key', () => {
    const sql = exportRowsSql({ table: 't"1', columns: [{ name: 'a"b', type: 'number' }], orderBy: [] });
    expect(sql).toBe('SELECT "a""b"\nFROM "t""1"');
  });
});

describe('on DuckDB, written by the one CSV writer', () => {
  const conn = sharedEngine();

  const MIXED_COLUMNS: ExportColumn[] = [
    { name: 'k', type: 'integer' },
    { name: 'label', type: 'text' },
    { name: 'value', type: 'number' },
  ];

  async function exported(style: CsvStyle, table = 'mixed', columns = MIXED_COLUMNS): Promise<string> {
    const names = columns.map((c) => c.name);
    const rows = await conn.query(exportRowsSql({ table, columns, orderBy: ['k'] }));
    return csvText(
      names,
      rows.map((r) => names.map((n) => r[n] as CsvValue)),
      style,
    );
  }

  // Awkward text, integers and doubles, inserted out of key order; `hidden` is not exported.
  beforeAll(async () => {
    await conn.exec(`CREATE TABLE mixed (hidden VARCHAR, value DOUBLE, label VARCHAR, k INTEGER);
INSERT INTO mixed VALUES
  ('x', 866193, 'Rp; rupiah', 3),
  ('x', 7.28, 'plain', 1),
  ('x', 0.771, 'a, b', 2),
  ('x', 4267.61, 'say "hi"', 4),
  ('x', NULL, E'two\\nlines', 5),
  ('x', -0.5, NULL, 6),
  ('x', 1000000, E'cr\\rhere', 7),
  ('x', -2, '=1+1', 8)`);
  });

  it("'id' style: a BOM, ';' between fields, decimal commas, CRLF, quotes only where needed, formulas guarded", async () => {
    expect(await exported('id')).toBe(
      '\uFEFF' +
        [
          'k;label;value',
          '1;plain;7,28',
          '2;a, b;0,771',
          '3;"Rp; rupiah";866193',
          '4;"say ""hi""";4267,61',
          '5;"two\nlines";',
          '6;;-0,5',
          '7;"cr\rhere";1000000',
          "8;'=1+1;-2",
          '',
        ].join('\r\n'),
    );
  });

  it("'plain' style: ',' between fields and decimal points", async () => {
    expect(await exported('plain')).toBe(
      '\uFEFF' +
        [
          'k,label,value',
          '1,plain,7.28',
          '2,"a, b",0.771',
          '3,Rp; rupiah,866193',
          '4,"say ""hi""",4267.61',
          '5,"two\nlines",',
          '6,,-0.5',
          '7,"cr\rhere",1000000',
          "8,'=1+1,-2",
          '',
        ].join('\r\n'),
    );
  });

  it('writes doubles as their shortest exact text', async () => {
    await conn.exec(`CREATE TABLE doubles AS SELECT * FROM (VALUES
  (1, 7.28::DOUBLE), (2, 7.28::DOUBLE + 0.000000000000001), (3, 0.0001), (4, 1e15), (5, 123456789012.5), (6, 0.1::DOUBLE + 0.2), (7, 1e-5), (8, 1e16)) t(k, value)`);
    const lines = (await exported('plain', 'doubles', [{ name: 'value', type: 'number' }])).slice(1).split('\r\n');
    // 7.28 read from text is written 7.28. Rows 2 and 6 hold other doubles than 7.28 and 0.3, so they
    // keep their digits: shorter text would load back as a different value.
    expect(lines).toEqual([
      'value',
      '7.28',
      '7.280000000000001',
      '0.0001',
      '1000000000000000',
      '123456789012.5',
      '0.30000000000000004',
      '0.00001',
      '10000000000000000',
      '',
    ]);
  });

  it('writes the header alone for an empty table', async () => {
    await conn.exec('CREATE TABLE nothing (k INTEGER, label VARCHAR, value DOUBLE)');
    expect(await exported('id', 'nothing')).toBe('\uFEFFk;label;value\r\n');
  });
});
