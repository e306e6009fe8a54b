import fs from 'node:fs';
import path from 'node:path';
import { csvParse } from 'd3';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATASETS_DIR, readArrayBuffer } from './temp-build.ts';

type Row = Record<string, unknown>;

const readParquet = (name: string): Promise<Row[]> => parquetReadObjects({ file: readArrayBuffer(path.join(DATASETS_DIR, name)) });
const readText = (name: string): string => fs.readFileSync(path.join(DATASETS_DIR, name), 'utf8');
const find = (rows: Row[], code: string, year: number, period = 'mar') =>
  rows.find((r) => r.area_code === code && r.year === year && r.period === period);

describe('poverty dataset', () => {
  let rows: Row[] = [];
  beforeAll(async () => {
    rows = await readParquet('poverty.parquet');
  });

  it('holds every fact row that has a rate (116 facts, 2 Mahakam Ulu rows without one)', () => {
    expect(rows).toHaveLength(114);
    expect(find(rows, '6411', 2015)).toBeUndefined();
    expect(find(rows, '6411', 2018)).toBeUndefined();
  });

  it('reads back the headline figures', () => {
    expect(find(rows, '64', 2025)?.rate_pct).toBe(5.17);
    expect(find(rows, '64', 2025)?.poverty_line_rp).toBe(866193);
    expect(find(rows, '6403', 2024)).toMatchObject({ rate_pct: 7.28, poor_thousands: 59 });
    expect(find(rows, '6403', 2023)).toMatchObject({ rate_pct: 7.61, poor_thousands: 60.857, poverty_line_rp: 644570 });
    expect(find(rows, '64', 2023, 'sep')).toBeUndefined();
  });

  // An independent parser (d3-dsv) reads the facts, so a builder bug cannot hide in both sides.
  it('matches the fact file value for value', () => {
    const facts = csvParse(readText('facts/kaltim_poverty_bps.csv')).filter((f) => f.poverty_rate_pct !== '');
    const num = (text: string | undefined) => (text ? Number(text) : null);
    for (const f of facts) {
      expect(find(rows, f.area_code!, Number(f.year), f.period)).toEqual({
        area_code: f.area_code, year: Number(f.year), period: f.period, rate_pct: num(f.poverty_rate_pct),
        poor_thousands: num(f.poor_people_thousands), poverty_line_rp: num(f.poverty_line_rp),
        p1: num(f.p1), p2: num(f.p2), source: f.source_url,
        publisher: f.publisher, release_title: f.release_title || null, release_date: f.release_date || null,
        release_url: f.release_url || null, read_in: f.read_in, citation_note: f.citation_note || null,
      });
    }
  });

  it('is sorted by area, year and period', () => {
    const keys = rows.map((r) => [String(r.area_code), Number(r.year), String(r.period)] as const);
    const byKey = (a: typeof keys[number], b: typeof keys[number]) =>
      a[0].localeCompare(b[0], 'en') || a[1] - b[1] || a[2].localeCompare(b[2], 'en');
    expect(keys).toEqual([...keys].sort(byKey));
  });

  it('stores the catalog types: text as strings, year as INT32, measures as DOUBLE', () => {
    const schema = parquetMetadata(readArrayBuffer(path.join(DATASETS_DIR, 'poverty.parquet'))).schema.slice(1);
    expect(schema.map((s) => [s.name, s.type, s.repetition_type])).toEqual([
      ['area_code', 'BYTE_ARRAY', 'OPTIONAL'], ['year', 'INT32', 'OPTIONAL'], ['period', 'BYTE_ARRAY', 'OPTIONAL'],
      ['rate_pct', 'DOUBLE', 'OPTIONAL'], ['poor_thousands', 'DOUBLE', 'OPTIONAL'], ['poverty_line_rp', 'DOUBLE', 'OPTIONAL'],
      ['p1', 'DOUBLE', 'OPTIONAL'], ['p2', 'DOUBLE', 'OPTIONAL'],
      ...['publisher', 'release_title', 'release_date', 'release_url', 'read_in', 'citation_note', 'source'].map((c) => [c, 'BYTE_ARRAY', 'OPTIONAL']),
    ]);
  });
});

describe('poverty.csv (BPS style)', () => {
  const text = readText('poverty.csv');
  const lines = text.split('\n');

  it('has the canonical header, LF line ends and one line per row', () => {
    expect(lines[0]).toBe('area_code;year;period;rate_pct;poor_thousands;poverty_line_rp;p1;p2;publisher;release_title;release_date;release_url;read_in;citation_note;source');
    expect(text).not.toContain('\r');
    expect(text.endsWith('\n')).toBe(true);
    expect(lines).toHaveLength(1 + 114 + 1);
  });

  it('writes decimal commas and a dotted thousands separator on the poverty line', () => {
    const kukar2023 = lines.find((l) => l.startsWith('6403;2023;mar;'));
    expect(kukar2023).toMatch(/^6403;2023;mar;7,61;60,857;644\.570;0,91;0,17;Badan Pusat Statistik;/);
    expect(kukar2023).toMatch(/;github:bpskukar[^;]*$/);
    expect(lines.find((l) => l.startsWith('64;2025;mar;'))).toMatch(/^64;2025;mar;5,17;199,71;866\.193;;;BPS Provinsi Kalimantan Timur;;2025-07-25;;press;/);
    expect(lines.find((l) => l.startsWith('6403;2024;mar;'))).toContain(';7,28;59,00;682.490;0,65;0,10;');
  });
});

describe('areas, targets and programmes', () => {
  it('has the province and its ten districts with the code crosswalk', async () => {
    const areas = await readParquet('areas.parquet');
    expect(areas).toHaveLength(11);
    // BPS and Kemendagri numbering differ for four districts; the crosswalk must survive the build.
    expect(areas.find((a) => a.bps_code === '6403')).toMatchObject({ kemendagri_code: '64.02', short_name: 'Kukar' });
    expect(areas.every((a) => typeof a.source === 'string' && a.source !== '')).toBe(true);
  });

  it('keeps the seven Kaltim targets and drops the national ones', async () => {
    const targets = await readParquet('targets.parquet');
    expect(targets).toHaveLength(7);
    expect(targets.some((t) => t.area_code === 'ID')).toBe(false);
    expect(targets.find((t) => t.area_code === '64' && t.target_year === 2029)).toMatchObject({
      target_pct: null, target_low_pct: 2.3, target_high_pct: 3.3,
    });
  });

  it('keeps the ten programme rows, quoting commas in the plain CSV', async () => {
    expect(await readParquet('programmes.parquet')).toHaveLength(10);
    expect(csvParse(readText('programmes.csv'))).toHaveLength(10);
    expect(readText('programmes.csv')).toContain(',"1,000 families, raised to 1,500 through the revised budget",');
  });
});
