import { describe, expect, it } from 'vitest';
import { createNodeConnection } from '../../../src/data/duckdb-node.ts';

describe('createNodeConnection: an engine instance reused after close starts from an empty database', () => {
  it('keeps no table, file or setting of the connection before it', async () => {
    const first = await createNodeConnection();
    await first.exec('CREATE TABLE leftover AS SELECT 1 AS x');
    await first.registerFile('leftover.csv', new TextEncoder().encode('a\n1\n'));
    await first.exec("SET default_order = 'desc'");
    await first.close();

    const second = await createNodeConnection();
    const tables = await second.query(
      "SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name = 'leftover'",
    );
    expect(tables).toEqual([{ n: 0 }]);
    await expect(second.query("SELECT * FROM read_csv('leftover.csv')")).rejects.toThrow();
    const order = await second.query("SELECT current_setting('default_order') AS o");
    expect(String(order[0]!.o).toLowerCase()).toMatch(/^asc/);
    // The app's settings are applied again: a missing extension fails instead of downloading.
    const settings = await second.query(
      "SELECT value FROM duckdb_settings() WHERE name IN ('autoinstall_known_extensions', 'autoload_known_extensions')",
    );
    expect(settings.map((r) => String(r.value))).toEqual(['false', 'false']);
    await second.close();
  });

  it('two connections open at once are two databases', async () => {
    const a = await createNodeConnection();
    const b = await createNodeConnection();
    await a.exec('CREATE TABLE only_a AS SELECT 1 AS x');
    const seen = await b.query("SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name = 'only_a'");
    expect(seen).toEqual([{ n: 0 }]);
    await a.close();
    await b.close();
  });

  it('closing twice does not hand the same engine out twice', async () => {
    const a = await createNodeConnection();
    await a.close();
    await a.close();
    const b = await createNodeConnection();
    const c = await createNodeConnection();
    await b.exec('CREATE TABLE only_b AS SELECT 1 AS x');
    expect(await c.query("SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name = 'only_b'")).toEqual([
      { n: 0 },
    ]);
    await b.close();
    await c.close();
  });
});
