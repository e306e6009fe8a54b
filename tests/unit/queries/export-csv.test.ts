import { beforeAll, describe, expect, it } from 'vitest';
import { CSV_STYLES, exportCsvSql, type CsvStyle, type ExportColumn } from '../../../src/queries/export-csv.ts';
import { sharedEngine } from '../helpers/engine.ts';

const COLUMNS: ExportColumn[] = [
  { name: 'code', type: 'text' },
  { name: 'year', type: 'integer' },
  { name: 'rate', type: 'number' },
  { name: 'note', type: 'text' },
];

describe('exportCsvSql', () => {
  it("'id' style: semicolons, numbers written with a decimal comma, rows in key order", () => {
    expect(exportCsvSql({ table: 'poverty', columns: COLUMNS, orderBy: ['code', 'year'], file: '_export_poverty_1.csv', style: 'id' })).toBe(
      `COPY (
SELECT
  "code",
  "year",
  replace(regexp_replace(CAST("rate" AS VARCHAR), '\\.0$', ''), '.', ',') AS "rate",
  "note"
FROM "poverty"
ORDER BY "code", "year"
) TO '_export_poverty_1.csv' (FORMAT csv, HEADER true, DELIMITER ';', QUOTE '"', ESCAPE '"', USE_TMP_FILE false)`,
    );
  });

  it("'plain' style: commas and decimal points", () => {
    expect(exportCsvSql({ table: 'poverty', columns: COLUMNS.slice(2, 3), orderBy: ['code'], file: 'x.csv', style: 'plain' })).toBe(
      `COPY (
SELECT
  regexp_replace(CAST("rate" AS VARCHAR), '\\.0$', '') AS "rate"
FROM "poverty"
ORDER BY "code"
) TO 'x.csv' (FORMAT csv, HEADER true, DELIMITER ',', QUOTE '"', ESCAPE '"', USE_TMP_FILE false)`,
    );
  });

  it('quotes names and the file, and leaves out ORDER BY without a key', () => {
    const sql = exportCsvSql({ table: 't"1', columns: [{ name: 'a"b', type: 'number' }], orderBy: [], file: "it's.csv", style: 'plain' });
    expect(sql).toContain(`CAST("a""b" AS VARCHAR)`);
    expect(sql).toContain(`AS "a""b"\nFROM "t""1"\n) TO 'it''s.csv' (`);
    expect(sql).not.toContain('ORDER BY');
  });

  it('names the options the loader reads each style back with', () => {
    expect(CSV_STYLES).toEqual({ id: { delimiter: ';', decimal: ',' }, plain: { delimiter: ',', decimal: '.' } });
  });
});

describe('on DuckDB', () => {
  const conn = sharedEngine();
  const decoder = new TextDecoder();

  const MIXED_COLUMNS: ExportColumn[] = [
    { name: 'k', type: 'integer' },
    { name: 'label', type: 'text' },
    { name: 'value', type: 'number' },
  ];

  async function exported(style: CsvStyle, table = 'mixed', columns = MIXED_COLUMNS): Promise<string> {
    const file = `_test_export_${style}.csv`;
    await conn.registerFile(file, new Uint8Array(0));
    try {
      await conn.exec(exportCsvSql({ table, columns, orderBy: ['k'], file, style }));
      return decoder.decode(await conn.copyFileToBuffer(file));
    } finally {
      await conn.dropFile(file);
    }
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
  ('x', 1000000, E'cr\\rhere', 7)`);
  });

  it("'id' style: ';' between fields, decimal commas, no thousands separator, quotes only where needed", async () => {
    expect(await exported('id')).toBe(
      [
        'k;label;value',
        '1;plain;7,28',
        '2;a, b;0,771',
        '3;"Rp; rupiah";866193',
        '4;"say ""hi""";4267,61',
        '5;"two\nlines";',
        '6;;-0,5',
        '7;"cr\rhere";1000000',
        '',
      ].join('\n'),
    );
  });

  it("'plain' style: ',' between fields and decimal points", async () => {
    expect(await exported('plain')).toBe(
      [
        'k,label,value',
        '1,plain,7.28',
        '2,"a, b",0.771',
        '3,Rp; rupiah,866193',
        '4,"say ""hi""",4267.61',
        '5,"two\nlines",',
        '6,,-0.5',
        '7,"cr\rhere",1000000',
        '',
      ].join('\n'),
    );
  });

  it('writes doubles as their shortest exact text: whole numbers without ".0", no exponent from 0.0001 to 1e15', async () => {
    await conn.exec(`CREATE TABLE doubles AS SELECT * FROM (VALUES
  (1, 7.28::DOUBLE), (2, 7.28::DOUBLE + 0.000000000000001), (3, 0.0001), (4, 1e15), (5, 123456789012.5), (6, 0.1::DOUBLE + 0.2), (7, 1e-5), (8, 1e16)) t(k, value)`);
    const lines = (await exported('plain', 'doubles', [{ name: 'value', type: 'number' }])).split('\n');
    // 7.28 read from text is written 7.28. Rows 2 and 6 hold other doubles than 7.28 and 0.3, so they
    // keep their digits: shorter text would load back as a different value.
    // Outside 0.0001 to 1e15 DuckDB switches to an exponent, which the loader still reads.
    expect(lines).toEqual(['value', '7.28', '7.280000000000001', '0.0001', '1000000000000000', '123456789012.5', '0.30000000000000004', '1e-05', '1e+16', '']);
  });

  it('writes the header alone for an empty table', async () => {
    await conn.exec('CREATE TABLE nothing (k INTEGER, label VARCHAR, value DOUBLE)');
    expect(await exported('id', 'nothing')).toBe('k;label;value\n');
  });
});
