import fs from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DatasetError } from '../../../src/data/dataset-error.ts';
import { bundlePath, loadBundle, loadBundledDataset, type BundleResult } from '../../../src/data/load-bundle.ts';
import type { ParquetDecoder } from '../../../src/data/connection.ts';
import { decodeParquetNode } from '../../../src/data/parquet-decoder-node.ts';
import { dropTableSql } from '../../../src/queries/stage-table.ts';
import {
  BUNDLED,
  bundledCatalog,
  DATASETS_DIR,
  openEngineWith,
  readBytes,
  spec,
  sharedEngine,
} from '../helpers/engine.ts';

const readLocal = async (path: string): Promise<Uint8Array> =>
  new Uint8Array(await fs.readFile(`${DATASETS_DIR}${path}`));

const summary = (results: BundleResult[]) =>
  results.map((r) =>
    r.ok ? [r.spec.id, r.path, r.report.rowsAccepted] : [r.spec.id, r.path, r.error.report.issues[0]?.reason],
  );

// The illustrative datasets after the four sourced ones (the register is lazy: not at start-up).
const REST_PARQUET = [
  ['programme_kinds', 'programme_kinds.parquet', 10],
  ['overlap_rules', 'overlap_rules.parquet', 4],
  ['coverage', 'coverage.parquet', 169],
];
const REST_CSV = REST_PARQUET.map(([id, path, n]) => [id, String(path).replace('.parquet', '.csv'), n]);

describe('loadBundledDataset', () => {
  const conn = sharedEngine(() => openEngineWith(BUNDLED));

  it('loads the lazy register on demand from its database file, with the index tables it carries', async () => {
    const result = await loadBundledDataset(conn, spec('register'), readLocal, decodeParquetNode);
    expect(summary([result])).toEqual([['register', 'register.duckdb.gzip', 1_037_741]]);
    const companions = ['register_programmes', 'register_months', 'register_ix', 'register_shared_months'];
    expect(result.ok && result.report.companions).toEqual([...companions, 'register_districts']);
    expect(await conn.query('SELECT count(*)::INTEGER AS n FROM register_ix')).toEqual([{ n: 1_037_741 }]);
  });

  it('a database file that arrives otherwise than proven (a host inflated it) gives way to the Parquet twin', async () => {
    const inflated = async (path: string) =>
      path.endsWith('.duckdb.gzip') ? new Uint8Array(gunzipSync(await readLocal(path))) : readLocal(path);
    const result = await loadBundledDataset(conn, spec('register'), inflated, decodeParquetNode);
    expect(summary([result])).toEqual([['register', 'register.parquet', 1_037_741]]);
    expect(result.ok && result.report.companions).toBeUndefined();
    expect(await conn.query('SELECT count(DISTINCT household_id)::INTEGER AS n FROM register')).toEqual([
      { n: 300_000 },
    ]);
  });
});

describe('the decoder is fetched while a Parquet file downloads, not after it', () => {
  const conn = sharedEngine(() => openEngineWith(BUNDLED));

  // The real decoder, with its warm-up and the download logged in the order they happen.
  function logged(events: string[]): {
    decode: ParquetDecoder;
    read: (path: string) => Promise<Uint8Array>;
  } {
    const decode: ParquetDecoder = Object.assign((bytes: Uint8Array) => decodeParquetNode(bytes), {
      warm: () => {
        events.push('warm');
        return decodeParquetNode.warm!();
      },
    });
    const read = async (path: string): Promise<Uint8Array> => {
      events.push('download starts');
      const bytes = await readLocal(path);
      events.push('download ends');
      return bytes;
    };
    return { decode, read };
  }

  it('Parquet: the warm-up starts before the download ends, and the table loads', async () => {
    const events: string[] = [];
    const { decode, read } = logged(events);
    const result = await loadBundledDataset(conn, spec('overlap_rules'), read, decode, 'parquet');
    expect(summary([result])).toEqual([['overlap_rules', 'overlap_rules.parquet', 4]]);
    expect(events).toEqual(['warm', 'download starts', 'download ends']);
  });

  it('CSV: no decoder is fetched', async () => {
    const events: string[] = [];
    const { decode, read } = logged(events);
    const result = await loadBundledDataset(conn, spec('overlap_rules'), read, decode, 'csv');
    expect(summary([result])).toEqual([['overlap_rules', 'overlap_rules.csv', 4]]);
    expect(events).toEqual(['download starts', 'download ends']);
  });
});

describe('bundlePath', () => {
  it.each([
    ['default', 'poverty.csv'],
    ['parquet', 'poverty.parquet'],
    ['csv', 'poverty.csv'],
  ] as const)('%s -> %s', (format, path) => {
    expect(bundlePath(spec('poverty'), format)).toBe(path);
  });

  it("falls back to the catalog's file when the format has none", () => {
    const parquetOnly = {
      ...spec('areas'),
      load: 'areas.parquet',
      files: [{ path: 'areas.parquet', format: 'parquet' as const }],
    };
    expect(bundlePath(parquetOnly, 'csv')).toBe('areas.parquet');
  });

  it("reads the register's database file, or its Parquet twin where the page cannot hash it (plain http)", () => {
    expect(bundlePath(spec('register'), 'default')).toBe('register.duckdb.gzip');
    vi.stubGlobal('crypto', undefined);
    try {
      expect(bundlePath(spec('register'), 'default')).toBe('register.parquet');
    } finally {
      vi.unstubAllGlobals();
    }
    expect(bundlePath(spec('register'), 'parquet')).toBe('register.parquet');
  });
});

describe('loadBundle on real DuckDB', () => {
  const conn = sharedEngine();
  // One engine for the file: each test starts with no tables (referencing ones dropped first).
  beforeEach(async () => {
    for (const table of [
      'register',
      'coverage',
      'overlap_rules',
      'programme_kinds',
      'programmes',
      'targets',
      'national',
      'poverty',
      'areas',
    ])
      await conn.exec(dropTableSql(table));
  });

  it('loads every start-up dataset from the local folder (their CSV files), and not the lazy register', async () => {
    const results = await loadBundle(conn, bundledCatalog(), readLocal, decodeParquetNode);
    expect(summary(results)).toEqual([
      ['areas', 'areas.csv', 11],
      ['poverty', 'poverty.csv', 114],
      ['national', 'national.csv', 21],
      ['targets', 'targets.csv', 7],
      ['programmes', 'programmes.csv', 10],
      ...REST_CSV,
    ]);
    expect(
      await conn.query(`SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name = 'register'`),
    ).toEqual([{ n: 0 }]);
    expect(
      await conn.query(
        'SELECT (SELECT count(*) FROM poverty)::INTEGER AS p, (SELECT count(*) FROM programmes)::INTEGER AS g',
      ),
    ).toEqual([{ p: 114, g: 10 }]);
  });

  it('loads the Parquet twins when asked, to the same rows', async () => {
    const results = await loadBundle(conn, bundledCatalog(), readLocal, decodeParquetNode, 'parquet');
    expect(summary(results)).toEqual([
      ['areas', 'areas.parquet', 11],
      ['poverty', 'poverty.parquet', 114],
      ['national', 'national.parquet', 21],
      ['targets', 'targets.parquet', 7],
      ['programmes', 'programmes.parquet', 10],
      ...REST_PARQUET,
    ]);
  });

  it('a broken file fails its own dataset only; the others still load', async () => {
    const read = async (path: string) =>
      path === 'poverty.csv' ? readBytes('tests/fixtures/poverty-broken.csv') : readLocal(path);
    const results = await loadBundle(conn, bundledCatalog(), read, decodeParquetNode, 'csv');
    expect(summary(results)).toEqual([
      ['areas', 'areas.csv', 11],
      ['poverty', 'poverty.csv', 'not-a-number'],
      ['national', 'national.csv', 21],
      ['targets', 'targets.csv', 7],
      ['programmes', 'programmes.csv', 10],
      ...REST_CSV,
    ]);
    const failed = results[1]!;
    expect(failed.ok).toBe(false);
    if (failed.ok) return;
    expect(failed.error).toBeInstanceOf(DatasetError);
    expect(failed.error.report).toMatchObject({ dataset: 'poverty', file: 'poverty.csv', issueCount: 6 });
    expect(await conn.query(`SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name = 'poverty'`)).toEqual(
      [{ n: 0 }],
    );
    expect(await conn.query('SELECT count(*)::INTEGER AS n FROM targets')).toEqual([{ n: 7 }]);
  });

  it('garbage in a Parquet file fails that dataset as not Parquet', async () => {
    const read = async (path: string) =>
      path === 'targets.parquet' ? readBytes('tests/fixtures/not-parquet.parquet') : readLocal(path);
    const results = await loadBundle(conn, bundledCatalog(), read, decodeParquetNode, 'parquet');
    expect(summary(results)).toEqual([
      ['areas', 'areas.parquet', 11],
      ['poverty', 'poverty.parquet', 114],
      ['national', 'national.parquet', 21],
      ['targets', 'targets.parquet', 'not-parquet'],
      ['programmes', 'programmes.parquet', 10],
      ...REST_PARQUET,
    ]);
  });

  it('a file that cannot be fetched becomes a DatasetError naming the file and the HTTP status', async () => {
    const read = async (path: string) => {
      if (path === 'programmes.parquet') throw new Error('programmes.parquet: HTTP 404 Not Found');
      return readLocal(path);
    };
    const results = await loadBundle(conn, bundledCatalog(), read, decodeParquetNode, 'parquet');
    const last = results[4]!;
    expect(results.filter((r) => r !== last).every((r) => r.ok)).toBe(true);
    expect(last.ok).toBe(false);
    if (last.ok) return;
    expect(last.error.report).toEqual({
      dataset: 'programmes',
      file: 'programmes.parquet',
      rowsRead: 0,
      rowsAccepted: 0,
      issues: [
        {
          file: 'programmes.parquet',
          row: 0,
          column: null,
          value: '404',
          reason: 'not-fetched',
          expected: null,
          detail: 'programmes.parquet: HTTP 404 Not Found',
        },
      ],
      issueCount: 1,
      ignoredColumns: [],
    });
  });
});
