import { describe, expect, it } from 'vitest';
import { countRowsSql } from '../../../src/queries/count-rows.ts';
import { openEngineWith, sharedEngine } from '../helpers/engine.ts';

describe('countRowsSql', () => {
  it('casts the count to INTEGER', () => {
    expect(countRowsSql('poverty')).toBe('SELECT count(*)::INTEGER AS n FROM "poverty"');
  });
});

describe('on DuckDB', () => {
  const conn = sharedEngine(() =>
    openEngineWith({ areas: 'tests/fixtures/areas.csv', poverty: 'tests/fixtures/poverty-bps.csv' }),
  );

  it('counts the fixture rows as a JS number, never a bigint', async () => {
    const rows = await conn.query<{ n: number }>(countRowsSql('poverty'));
    expect(rows).toEqual([{ n: 8 }]);
    expect(typeof rows[0]!.n).toBe('number');
    expect(await conn.query(countRowsSql('areas'))).toEqual([{ n: 3 }]);
  });

  it('counts an empty table as 0', async () => {
    await conn.exec('CREATE TABLE "empty one" (x INTEGER)');
    expect(await conn.query(countRowsSql('empty one'))).toEqual([{ n: 0 }]);
  });

  it('even a raw COUNT without the cast comes back as a number (castBigIntToDouble)', async () => {
    const [row] = await conn.query<{ n: unknown }>('SELECT count(*) AS n FROM poverty');
    expect(row).toEqual({ n: 8 });
    expect(typeof row!.n).toBe('number');
  });
});
