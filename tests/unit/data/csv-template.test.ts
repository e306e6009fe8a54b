import { describe, expect, it } from 'vitest';
import type { DatasetSpec } from '../../../src/data/catalog.ts';
import { csvTemplate } from '../../../src/data/csv-template.ts';
import { DatasetError } from '../../../src/data/dataset-error.ts';
import { exportDatasetCsv } from '../../../src/data/export-dataset.ts';
import { loadDataset } from '../../../src/data/load-dataset.ts';
import { decodeParquetNode } from '../../../src/data/parquet-decoder-node.ts';
import { CSV_STYLES, type CsvStyle } from '../../../src/domain/csv-text.ts';
import { SQL_TYPE } from '../../../src/queries/parse-value.ts';
import { sqlIdent } from '../../../src/queries/sql-literal.ts';
import { stageCsvSql } from '../../../src/queries/stage-csv.ts';
import { tableColumnsSql } from '../../../src/queries/stage-table.ts';
import { bundledCatalog, sharedEngine, spec } from '../helpers/engine.ts';

const BOM = [0xef, 0xbb, 0xbf];
const STYLES = ['id', 'plain'] as const;

// A dataset whose column names need quoting in either style. Its first name is plain: DuckDB 1.4's
// sniffer misreads a BOM followed at once by a quoted field holding the delimiter (an extra column).
const AWKWARD: DatasetSpec = {
  ...spec('poverty'),
  id: 'awkward',
  table: 'awkward',
  key: ['k'],
  columns: [
    { name: 'k', type: 'text', required: true },
    { name: 'a;b', type: 'text' },
    { name: 'c,d', type: 'number' },
    { name: 'say "x"', type: 'integer' },
  ],
};

describe('csvTemplate', () => {
  it("'id' style: a BOM, then the schema's names joined by ';', and one CRLF", () => {
    const bytes = csvTemplate(spec('poverty'), 'id');
    expect([...bytes.subarray(0, 3)]).toEqual(BOM);
    expect(new TextDecoder().decode(bytes.subarray(3))).toBe(
      'area_code;year;period;rate_pct;poor_thousands;poverty_line_rp;p1;p2;publisher;release_title;release_date;release_url;read_in;citation_note;source\r\n',
    );
  });

  it("'plain' style: a BOM too, names joined by ','", () => {
    const bytes = csvTemplate(spec('areas'), 'plain');
    expect([...bytes.subarray(0, 3)]).toEqual(BOM);
    expect(new TextDecoder().decode(bytes.subarray(3))).toBe(
      'bps_code,kemendagri_code,name,short_name,type,seat,population_2025_thousands,approx_lat,approx_lon,source\r\n',
    );
  });

  it('quotes a name holding the delimiter or a quote, as the export does', () => {
    expect(new TextDecoder().decode(csvTemplate(AWKWARD, 'id').subarray(3))).toBe('k;"a;b";c,d;"say ""x"""\r\n');
    expect(new TextDecoder().decode(csvTemplate(AWKWARD, 'plain').subarray(3))).toBe('k,a;b,"c,d","say ""x"""\r\n');
  });
});

describe('on DuckDB: a template reads back as the schema', () => {
  const conn = sharedEngine();

  async function headerNames(bytes: Uint8Array, style: CsvStyle): Promise<string[]> {
    await conn.registerFile('template.csv', bytes);
    try {
      await conn.exec(stageCsvSql({ stage: 'template', file: 'template.csv', delimiter: CSV_STYLES[style].delimiter }));
    } finally {
      await conn.dropFile('template.csv');
    }
    const names = await conn.query<{ name: string }>(tableColumnsSql('template'));
    return names.map((n) => n.name).filter((n) => n !== '_row');
  }

  const cases = [...bundledCatalog().datasets, AWKWARD].flatMap((d) =>
    STYLES.map((style) => [d.id, style, d] as const),
  );

  it.each(cases)('%s (%s): the header is exactly the schema names', async (_id, style, dataset) => {
    expect(await headerNames(csvTemplate(dataset, style), style)).toEqual(dataset.columns.map((c) => c.name));
  });

  it.each(STYLES)('%s: the loader finds every column and refuses the file only as empty', async (style) => {
    const template = {
      name: 'template.csv',
      bytes: csvTemplate(spec('poverty'), style),
      format: { path: 'template.csv', format: 'csv' as const, ...CSV_STYLES[style] },
    };
    const error = await loadDataset(conn, spec('poverty'), template, decodeParquetNode).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).report).toMatchObject({
      rowsRead: 0,
      ignoredColumns: [],
      issueCount: 1,
      issues: [{ reason: 'empty' }],
    });
  });

  it.each(cases)('%s (%s): the template is byte for byte the export of an empty table', async (_id, style, dataset) => {
    const columns = dataset.columns.map((c) => `${sqlIdent(c.name)} ${SQL_TYPE[c.type]}`).join(', ');
    await conn.exec(`CREATE OR REPLACE TABLE ${sqlIdent(dataset.table)} (${columns})`);
    expect(await exportDatasetCsv(conn, dataset, style)).toEqual(csvTemplate(dataset, style));
  });
});
