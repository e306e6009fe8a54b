import type { Row } from '../../data/connection.ts';
import type { BundleFormat, BundleResult } from '../../data/load-bundle.ts';
import type { Catalog, DatasetSpec } from '../../data/catalog.ts';
import {
  fetchCatalog,
  loadLazyBrowserDataset,
  openBrowserDatabase,
  prefetchLazyDataset,
  reloadBundledDataset,
  type BrowserDatabase,
} from '../../data/open-browser-database.ts';
import { countRowsSql } from '../../queries/count-rows.ts';
import { dropTableSql } from '../../queries/stage-table.ts';
import type { UserFileRecipe } from '../../data/user-file/recipe.ts';
import type { UserLoadReport } from '../../data/user-file/user-load-report.ts';
import type { OnProgress } from '../../data/user-file/load-progress.ts';
import { UserData } from './user-data.svelte.ts';
import { browserStorage } from './browser-storage.ts';
import { editDataset, editSql, readPageEdits, writePageEdits, type PageEdit } from './page-edits.ts';

/**
 * The browser's database for this page: started once, shared by every view. Views ask it for rows;
 * until DuckDB is ready they may draw from a seed (the overview does). The user's own files are loaded
 * on top of the bundled data, and again after a reload.
 */
export class Session {
  status = $state<'starting' | 'ready' | 'failed'>('starting');
  error = $state<string | null>(null);
  database = $state.raw<BrowserDatabase | null>(null);
  readonly ready: Promise<BrowserDatabase>;
  readonly user = new UserData();

  /** Lazy datasets loaded so far (the register), in the order they were asked for. */
  lazyResults = $state.raw<BundleResult[]>([]);
  results = $derived([...(this.database?.results ?? []), ...this.lazyResults]);
  /** Rows in each dataset's table now (bundled, or the user's after a load). */
  rows = $state<Record<string, number>>({});
  rowsLoaded = $derived(Object.values(this.rows).reduce((n, r) => n + r, 0));
  failures = $derived(this.results.filter((r) => !r.ok));
  /** Bumped for a dataset whenever its rows change, so views that read it read again. */
  versions = $state<Record<string, number>>({});
  /** Bumped whenever any dataset's rows change. */
  dataVersion = $derived(Object.values(this.versions).reduce((n, v) => n + v, 0));
  /** Targets, rules and kinds changed on a page: made again after a reload, forgotten with their dataset's reset. */
  edits = $state.raw<PageEdit[]>(readPageEdits(browserStorage()));
  /** Datasets that hold the user's rows: from their files, or changed on a page. */
  userDatasets = $derived([...new Set([...this.user.datasets, ...this.edits.map(editDataset)])]);
  readonly #format: BundleFormat;
  readonly #catalog: Promise<Catalog>;
  readonly #lazy = new Map<string, Promise<void>>();
  readonly #companions = new Map<string, string[]>();

  constructor(format: BundleFormat) {
    this.#format = format;
    this.#catalog = fetchCatalog();
    this.ready = openBrowserDatabase(format, this.#catalog).then(async (db) => {
      await this.user.replay(db, (spec) => !spec.lazy);
      await this.#replayEdits(db);
      // The loads' reports give the bundled counts; only what the user's files and edits changed is counted again.
      this.rows = Object.fromEntries(db.results.map((r) => [r.spec.id, r.ok ? r.report.rowsAccepted : 0]));
      await this.#countRows(
        db,
        db.catalog.datasets.filter((d) => !d.lazy && this.userDatasets.includes(d.id)),
      );
      return db;
    });
    this.ready.then(
      (db) => ((this.database = db), (this.status = 'ready')),
      (error: unknown) => (
        (this.error = error instanceof Error ? error.message : String(error)),
        (this.status = 'failed')
      ),
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
   * Loads a lazy dataset once (later calls share the first load) and resolves when its table is ready:
   * the user's stored files when they replace the bundled one, else the bundled file and then theirs.
   * Rejects with the load's error so the view's data shell can show it.
   */
  ensure(id: string): Promise<void> {
    let loading = this.#lazy.get(id);
    if (!loading) {
      this.#prefetch(id);
      loading = this.ready.then((db) => this.#loadLazy(db, id));
      this.#lazy.set(id, loading);
      loading.catch(() => this.#lazy.delete(id));
    }
    return loading;
  }

  /**
   * The tables a lazy dataset's bundled load brought along (a database file's, derived by the build from the very
   * rows loaded), for as long as the dataset's rows are still those; none once the user's rows changed them.
   */
  companions(id: string): readonly string[] {
    return this.#companions.get(id) ?? [];
  }

  // A view opened while the engine starts (a shared link to it) has its bundled file downloaded meanwhile, unless
  // the last visit left the user's data in that dataset (then the bundled file may not be read at all). The
  // download is handed to the loader on the catalog's resolution, which comes before `ready`'s (ready waits for it).
  #prefetch(id: string): void {
    if (this.status !== 'starting' || this.user.flagged.includes(id)) return;
    this.#catalog.then(
      (catalog) => prefetchLazyDataset(catalog, id, this.#format),
      () => {},
    );
  }

  /** The catalog entry of a dataset, with the user's file named as its source when it holds their data. */
  dataset(id: string): DatasetSpec | undefined {
    const spec = this.database?.catalog.datasets.find((d) => d.id === id);
    const loads = this.user.loads.filter((l) => l.dataset === id);
    if (!spec || !loads.length) return spec;
    const files = loads.map((l) => l.name).join(', ');
    const dates = loads.map((l) => l.savedAt.slice(0, 10)).join(', ');
    const replaced = loads.some((l) => l.recipe.mode === 'replace');
    const source = (lang: 'id' | 'en') => (replaced ? files : `${files} + ${spec.source[lang]}`);
    return {
      ...spec,
      source: { id: source('id'), en: source('en') },
      vintage: { id: dates, en: dates },
      illustrative: spec.illustrative && !replaced,
      userData: true,
    };
  }

  /** Makes a change entered on a page and keeps it for the next visit. */
  async edit(edit: PageEdit): Promise<void> {
    await this.exec(editSql(edit));
    this.edits = [...this.edits, edit];
    writePageEdits(browserStorage(), this.edits);
  }

  /** Loads a user's file into a dataset and keeps it for the next visit; views read again. */
  async loadUserFile(
    spec: DatasetSpec,
    file: { name: string; original: Blob; readable: Blob },
    recipe: UserFileRecipe,
    onProgress: OnProgress,
  ): Promise<UserLoadReport> {
    const db = await this.ready;
    if (spec.lazy && recipe.mode === 'add') await this.ensure(spec.id);
    // A bundled load still under way would land after the user's rows: its tables (the register's index with it)
    // would then stand beside them. Let it finish first.
    else if (spec.lazy) await this.#lazy.get(spec.id)?.catch(() => {});
    const report = await this.user.load(db, spec, file, recipe, onProgress);
    if (spec.lazy) this.#lazy.set(spec.id, Promise.resolve());
    await this.#changed(db, [spec]);
    return report;
  }

  /** Puts the bundled data back for every dataset of the user's (or one), and forgets their files. */
  async reset(dataset?: string): Promise<void> {
    const db = await this.ready;
    const ids = dataset ? [dataset] : this.user.datasets;
    if (!ids.length && !this.edits.length) return;
    const affected = ids.map((id) => db.catalog.datasets.find((d) => d.id === id)).filter((d): d is DatasetSpec => !!d);
    for (const spec of affected) await this.#restore(db, spec);
    await this.user.forget(dataset);
    await this.#forgetEdits(db, dataset);
    await this.#changed(db, affected);
  }

  async #replayEdits(db: BrowserDatabase): Promise<void> {
    const kept: PageEdit[] = [];
    for (const edit of this.edits)
      await db.conn.exec(editSql(edit)).then(
        () => kept.push(edit),
        () => {},
      );
    this.edits = kept;
  }

  // A full reset forgets every edit; a dataset's reset forgets its own and puts that dataset's bundled rows back.
  async #forgetEdits(db: BrowserDatabase, dataset?: string): Promise<void> {
    const forgotten = this.edits.filter((e) => !dataset || editDataset(e) === dataset);
    if (!forgotten.length) return;
    this.edits = this.edits.filter((e) => !forgotten.includes(e));
    writePageEdits(browserStorage(), this.edits);
    const ids = [...new Set(forgotten.map(editDataset))].filter((id) => !this.user.datasets.includes(id));
    const specs = ids.map((id) => db.catalog.datasets.find((d) => d.id === id)).filter((d): d is DatasetSpec => !!d);
    for (const spec of specs) await this.#restore(db, spec);
    await this.#changed(db, specs);
  }

  async #loadLazy(db: BrowserDatabase, id: string): Promise<void> {
    const spec = db.catalog.datasets.find((d) => d.id === id);
    let companions: string[] = [];
    if (!this.user.replacesBundled(id)) {
      const result = await loadLazyBrowserDataset(db, id, this.#format);
      this.lazyResults = [...this.lazyResults, result];
      if (!result.ok) throw result.error;
      this.rows = { ...this.rows, [id]: result.report.rowsAccepted };
      companions = result.report.companions ?? [];
    }
    await this.user.replay(db, (s) => s.id === id);
    this.#companions.set(id, this.userDatasets.includes(id) ? [] : companions);
    if (spec && this.userDatasets.includes(id)) await this.#countRows(db, [spec]);
  }

  // A lazy dataset goes back to "not loaded" (its bundled file is read when a view asks); the others are read again now.
  async #restore(db: BrowserDatabase, spec: DatasetSpec): Promise<void> {
    if (spec.lazy) {
      this.#lazy.delete(spec.id);
      this.lazyResults = this.lazyResults.filter((r) => r.spec.id !== spec.id);
      await db.conn.exec(dropTableSql(spec.table));
      return;
    }
    const result = await reloadBundledDataset(db, spec, this.#format);
    if (!result.ok) throw result.error;
  }

  async #changed(db: BrowserDatabase, specs: DatasetSpec[]): Promise<void> {
    for (const spec of specs) this.#companions.delete(spec.id);
    await this.#countRows(db, specs);
    this.versions = {
      ...this.versions,
      ...Object.fromEntries(specs.map((s) => [s.id, (this.versions[s.id] ?? 0) + 1])),
    };
  }

  async #countRows(db: BrowserDatabase, specs: DatasetSpec[]): Promise<void> {
    const counts: Record<string, number> = {};
    for (const spec of specs)
      counts[spec.id] = await db.conn.query<{ n: number }>(countRowsSql(spec.table)).then(
        (r) => r[0]?.n ?? 0,
        () => 0,
      );
    this.rows = { ...this.rows, ...counts };
  }
}
