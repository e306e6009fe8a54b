import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DbConnection } from '../../../src/data/connection.ts';
import type { FileSpec } from '../../../src/data/catalog.ts';
import { exportDatasetCsv } from '../../../src/data/export-dataset.ts';
import { CSV_STYLES, type CsvStyle } from '../../../src/domain/csv-text.ts';
import { BUNDLED, loadBytes, openEngineWith, sharedEngine, spec } from '../helpers/engine.ts';

const BOM = [0xef, 0xbb, 0xbf];
const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

// The rows of a dataset's table in key order, to compare before and after a round trip.
async function rowsOf(conn: DbConnection, id: string): Promise<Record<string, unknown>[]> {
  const { table, key } = spec(id);
  return conn.query(`SELECT * FROM "${table}" ORDER BY ${key.map((k) => `"${k}"`).join(', ')}`);
}

// How the loader reads a file written in a style: the style's own delimiter and decimal mark.
const formatOf = (style: CsvStyle, path: string): FileSpec => ({ path, format: 'csv', ...CSV_STYLES[style] });

describe('exportDatasetCsv: the bundled poverty.csv', () => {
  const conn = sharedEngine(() => openEngineWith({ areas: 'datasets/areas.csv', poverty: 'datasets/poverty.csv' }));

  it("'id' style: a BOM, ';' between fields, decimal commas, no thousands dot, rows in key order", async () => {
    const bytes = await exportDatasetCsv(conn, spec('poverty'), 'id');
    expect([...bytes.subarray(0, 3)]).toEqual(BOM);
    const lines = decode(bytes.subarray(3)).split('\r\n');
    expect(lines[0]).toBe(
      'area_code;year;period;rate_pct;poor_thousands;poverty_line_rp;p1;p2;publisher;release_title;release_date;release_url;read_in;citation_note;source',
    );
    // The source file writes the poverty line "473.710" (thousands dot); the export writes the number.
    // The release of March 2015 was not found: title, date and URL stay empty, the note says so (quoted: it holds ';').
    expect(lines[1]).toMatch(
      /^64;2015;mar;6,23;212,89;473710;0,904;0,219;BPS Provinsi Kalimantan Timur;;;;aggregator;"series: Edition not found[^"]*";https:\/\/123dok\.com\/document\/yn6m8wjq-berita-resmi-statistik\.html$/,
    );
    expect(lines[2]).toMatch(
      /^64;2015;sep;6,1;209,99;494207;;;BPS Provinsi Kalimantan Timur;;;;press;"[^"]*";https:\/\/news\.republika\.co\.id\/berita\/obg2zv361\/penduduk-miskin-kaltim-bertambah-2930-orang$/,
    );
    expect(lines).toHaveLength(1 + 114 + 1);
    expect(lines.at(-1)).toBe('');
  });

  it("'plain' style: a BOM too, ',' between fields, decimal points", async () => {
    const bytes = await exportDatasetCsv(conn, spec('poverty'), 'plain');
    expect([...bytes.subarray(0, 3)]).toEqual(BOM);
    const lines = decode(bytes.subarray(3)).split('\r\n');
    expect(lines[0]).toBe(
      'area_code,year,period,rate_pct,poor_thousands,poverty_line_rp,p1,p2,publisher,release_title,release_date,release_url,read_in,citation_note,source',
    );
    expect(lines[1]).toMatch(
      /^64,2015,mar,6\.23,212\.89,473710,0\.904,0\.219,BPS Provinsi Kalimantan Timur,,,,aggregator,"series: [^"]*",https:\/\/123dok\.com\/document\/yn6m8wjq-berita-resmi-statistik\.html$/,
    );
  });

  it.each(['id', 'plain'] as const)('%s style: loading the export back gives the same table', async (style) => {
    const before = await rowsOf(conn, 'poverty');
    const bytes = await exportDatasetCsv(conn, spec('poverty'), style);
    await conn.exec('DELETE FROM poverty');
    const report = await loadBytes(conn, 'poverty', 'export.csv', bytes, formatOf(style, 'export.csv'));
    expect(report).toEqual({
      dataset: 'poverty',
      file: 'export.csv',
      rowsRead: 114,
      rowsAccepted: 114,
      issues: [],
      issueCount: 0,
      ignoredColumns: [],
    });
    expect(await rowsOf(conn, 'poverty')).toEqual(before);
    expect(before).toHaveLength(114);
  });

  it('writes nothing to the working directory', async () => {
    const before = fs.readdirSync(process.cwd());
    await exportDatasetCsv(conn, spec('poverty'), 'id');
    expect(fs.readdirSync(process.cwd())).toEqual(before);
  });

  it('two exports at once each get their own rows', async () => {
    const [poverty, areas] = await Promise.all([
      exportDatasetCsv(conn, spec('poverty'), 'id'),
      exportDatasetCsv(conn, spec('areas'), 'plain'),
    ]);
    expect(decode(poverty)).toBe(decode(await exportDatasetCsv(conn, spec('poverty'), 'id')));
    expect(decode(areas)).toBe(decode(await exportDatasetCsv(conn, spec('areas'), 'plain')));
    expect(decode(areas.subarray(3)).split('\r\n')[0]).toBe(
      'bps_code,kemendagri_code,name,short_name,type,seat,population_2025_thousands,approx_lat,approx_lon,source',
    );
  });

  it('a failed export names the missing table', async () => {
    const missing = { ...spec('poverty'), table: 'no_such_table' };
    await expect(exportDatasetCsv(conn, missing, 'id')).rejects.toThrow(/no_such_table/);
  });
});

describe('every bundled dataset survives a round trip in both styles', () => {
  const conn = sharedEngine(() => openEngineWith(BUNDLED));
  const cases = Object.keys(BUNDLED).flatMap((id) => (['id', 'plain'] as const).map((style) => [id, style] as const));

  it.each(cases)('%s (%s)', async (id, style) => {
    const before = await rowsOf(conn, id);
    const bytes = await exportDatasetCsv(conn, spec(id), style);
    const report = await loadBytes(conn, id, `${id}.csv`, bytes, formatOf(style, `${id}.csv`));
    expect(report).toMatchObject({ rowsAccepted: before.length, issueCount: 0, ignoredColumns: [] });
    expect(await rowsOf(conn, id)).toEqual(before);
  });
});
