import type { Row } from '../../data/connection.ts';
import type { BundleFormat } from '../../data/load-bundle.ts';
import type { BundleResult } from '../../data/load-bundle.ts';
import { loadLazyBrowserDataset, openBrowserDatabase, type BrowserDatabase } from '../../data/open-browser-database.ts';

/**
 * The browser's database for this page: started once, shared by every view. Views ask it for rows;
 * until DuckDB is ready they may draw from a seed (the overview does).
 */
export class Session {
  status = $state<'starting' | 'ready' | 'failed'>('starting');
  error = $state<string | null>(null);
  database = $state.raw<BrowserDatabase | null>(null);
  readonly ready: Promise<BrowserDatabase>;

  /** Lazy datasets loaded so far (the register), in the order they were asked for. */
  lazyResults = $state.raw<BundleResult[]>([]);
  results = $derived([...(this.database?.results ?? []), ...this.lazyResults]);
  rowsLoaded = $derived(this.results.reduce((n, r) => n + (r.ok ? r.report.rowsAccepted : 0), 0));
  failures = $derived(this.results.filter((r) => !r.ok));
  readonly #format: BundleFormat;
  readonly #lazy = new Map<string, Promise<BundleResult>>();

  constructor(format: BundleFormat) {
    this.#format = format;
    this.ready = openBrowserDatabase(format);
    this.ready.then(
      (db) => ((this.database = db), (this.status = 'ready')),
      (error: unknown) => ((this.error = error instanceof Error ? error.message : String(error)), (this.status = 'failed')),
    );
  }

  /** Runs a query once the bundled data is loaded. */
  query<T = Row>(sql: string): Promise<T[]> {
    return this.ready.then((db) => db.conn.query<T>(sql));
  }

  /** Runs a statement for its effect once the bundled data is loaded (an entered target). */
  exec(sql: string): Promise<void> {
    return this.ready.then((db) => db.conn.exec(sql));
  }

  /**
   * Loads a lazy dataset once (later calls share the first load) and resolves when its table is ready;
   * rejects with the load's error so the view's data shell can show it.
   */
  ensure(id: string): Promise<void> {
    let loading = this.#lazy.get(id);
    if (!loading) {
      loading = this.ready.then((db) => loadLazyBrowserDataset(db, id, this.#format));
      loading.then((result) => (this.lazyResults = [...this.lazyResults, result]), () => {});
      this.#lazy.set(id, loading);
    }
    return loading.then((result) => {
      if (!result.ok) throw result.error;
    });
  }

  /** The catalog entry of a dataset, once loaded (for its source and vintage). */
  dataset(id: string) {
    return this.database?.catalog.datasets.find((d) => d.id === id);
  }
}
