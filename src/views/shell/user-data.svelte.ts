import type { DatasetSpec } from '../../data/catalog.ts';
import type { BrowserDatabase } from '../../data/open-browser-database.ts';
import { unreadableError, type DatasetError } from '../../data/dataset-error.ts';
import { openUserStore, type StoredLoad, type UserStore } from '../../data/user-store.ts';
import { readUserDataFlag, writeUserDataFlag } from '../../data/user-data-flag.ts';
import { openTabChannel, withStoreLock, type StoreChange } from '../../data/tab-sync.ts';
import { loadUserFile } from '../../data/user-file/load-user-file.ts';
import { xlsxAsCsv } from '../../data/user-file/xlsx-as-csv.ts';
import type { UserFileRecipe } from '../../data/user-file/recipe.ts';
import type { UserLoadReport } from '../../data/user-file/user-load-report.ts';
import type { OnProgress } from '../../data/user-file/load-progress.ts';
import { decodeParquetBrowser } from '../../data/parquet-decoder-browser.ts';
import { browserStorage } from './browser-storage.ts';

/** A file of the user's that is part of the data on screen. */
export interface ActiveLoad {
  id: string;
  dataset: string;
  name: string;
  size: number;
  recipe: UserFileRecipe;
  savedAt: string;
  report: UserLoadReport;
  /**
   * Whether it is kept in this browser for the next visit: 'session' where IndexedDB is unavailable,
   * 'replaced' once another tab replaced it in the store (a reload would not bring it back).
   */
  kept: 'kept' | 'session' | 'replaced';
}

/** A stored file that could not be loaded again after a reload, with why. */
export interface ReplayFailure {
  name: string;
  dataset: string;
  error: DatasetError;
}

/**
 * The user's own files: loaded into the engine, kept in IndexedDB, and loaded again after a reload in the
 * order they were first loaded. A replace drops the dataset's earlier files; an add keeps them.
 */
export class UserData {
  loads = $state.raw<ActiveLoad[]>([]);
  failures = $state.raw<ReplayFailure[]>([]);
  /** A stored file being loaded again after a reload, and how far along (for the status line). */
  replaying = $state.raw<{ name: string; fraction: number } | null>(null);
  /** The last change another tab made to the stored files since this page loaded them (null: none). */
  changedElsewhere = $state.raw<StoreChange | null>(null);
  /** Datasets the last visit left holding the user's data, known before IndexedDB answers. */
  readonly flagged: readonly string[] = readUserDataFlag(browserStorage());
  readonly #store: Promise<UserStore | null> = openUserStore().catch(() => null);
  /** The stored loads, read from IndexedDB once (on the first replay) and kept in step with every change since. */
  #stored: StoredLoad[] = [];
  #listed = false;
  readonly #channel = openTabChannel((change) => void this.#heard(change));

  /** The datasets that hold the user's data now. */
  datasets = $derived([...new Set(this.loads.map((l) => l.dataset))]);

  /** Loads again the stored files of the given datasets (the store is read on the first call only). */
  async replay(db: BrowserDatabase, datasets: (spec: DatasetSpec) => boolean): Promise<void> {
    if (!this.#listed) {
      const store = await this.#store;
      this.#stored = store ? await store.list().catch(() => []) : [];
      this.#listed = true;
    }
    for (const stored of this.#stored) {
      const spec = db.catalog.datasets.find((d) => d.id === stored.dataset);
      if (spec && datasets(spec)) await this.#replayOne(db, spec, stored);
    }
    this.#writeFlag();
  }

  /** Whether a dataset's stored files start with a replace, so its bundled file need not be read first. */
  replacesBundled(dataset: string): boolean {
    return this.#stored.find((s) => s.dataset === dataset && recipeOf(s).mode === 'replace') !== undefined;
  }

  /** Loads a user's file, keeps it in the browser, and makes it part of the data on screen. */
  async load(
    db: BrowserDatabase,
    spec: DatasetSpec,
    file: { name: string; original: Blob; readable: Blob },
    recipe: UserFileRecipe,
    onProgress: OnProgress,
  ): Promise<UserLoadReport> {
    const report = await loadUserFile(
      db.conn,
      spec,
      { name: file.name, blob: file.readable, recipe },
      { decode: decodeParquetBrowser, onProgress },
    );
    const stored: StoredLoad = {
      id: newId(),
      dataset: spec.id,
      name: file.name,
      size: file.original.size,
      blob: file.original,
      recipe,
      savedAt: new Date().toISOString(),
      order: Date.now(),
    };
    const kept = await withStoreLock(() => this.#keep(stored, recipe.mode === 'replace'));
    if (kept === 'kept') this.#channel?.announce({ kind: 'load', dataset: spec.id, name: file.name });
    const earlier = recipe.mode === 'replace' ? this.loads.filter((l) => l.dataset !== spec.id) : this.loads;
    this.loads = [
      ...earlier,
      {
        id: stored.id,
        dataset: spec.id,
        name: file.name,
        size: stored.size,
        recipe,
        savedAt: stored.savedAt,
        report,
        kept,
      },
    ];
    this.#writeFlag();
    return report;
  }

  /** Forgets every file of the user's (or one dataset's), in the browser too. */
  async forget(dataset?: string): Promise<string[]> {
    const store = await this.#store;
    const affected = dataset ? [dataset] : this.datasets;
    if (store)
      await withStoreLock(() => (dataset ? store.removeDataset(dataset) : store.clear())).then(
        () => this.#channel?.announce({ kind: 'forget', dataset: dataset ?? null, name: '' }),
        () => {},
      );
    this.#stored = this.#stored.filter((s) => !affected.includes(s.dataset));
    this.loads = this.loads.filter((l) => !affected.includes(l.dataset));
    this.failures = this.failures.filter((f) => !affected.includes(f.dataset));
    this.#writeFlag();
    return affected;
  }

  async #replayOne(db: BrowserDatabase, spec: DatasetSpec, stored: StoredLoad): Promise<void> {
    const recipe = recipeOf(stored);
    try {
      const readable = recipe.kind === 'xlsx' ? (await xlsxAsCsv(stored.blob, recipe.sheet)).blob : stored.blob;
      const onProgress: OnProgress = (p) => (this.replaying = { name: stored.name, fraction: p.fraction });
      const report = await loadUserFile(
        db.conn,
        spec,
        { name: stored.name, blob: readable, recipe },
        { decode: decodeParquetBrowser, onProgress },
      );
      const earlier = recipe.mode === 'replace' ? this.loads.filter((l) => l.dataset !== spec.id) : this.loads;
      this.loads = [
        ...earlier,
        {
          id: stored.id,
          dataset: stored.dataset,
          name: stored.name,
          size: stored.size,
          recipe,
          savedAt: stored.savedAt,
          report,
          kept: 'kept',
        },
      ];
    } catch (error) {
      this.failures = [
        ...this.failures,
        { name: stored.name, dataset: spec.id, error: unreadableError(spec.id, stored.name, error) },
      ];
    } finally {
      this.replaying = null;
    }
  }

  async #keep(stored: StoredLoad, replaces: boolean): Promise<ActiveLoad['kept']> {
    const store = await this.#store;
    if (!store) return 'session';
    try {
      if (replaces) await store.removeDataset(stored.dataset);
      await store.put(stored);
      this.#stored = [...this.#stored.filter((s) => !replaces || s.dataset !== stored.dataset), stored];
      return 'kept';
    } catch {
      return 'session';
    }
  }

  // Another tab changed the stored files: say so, and stop calling kept what the store no longer holds.
  async #heard(change: StoreChange): Promise<void> {
    this.changedElsewhere = change;
    const store = await this.#store;
    if (!store) return;
    const stored = await withStoreLock(() => store.list()).catch(() => null);
    if (!stored) return;
    this.#stored = stored;
    const ids = new Set(stored.map((s) => s.id));
    this.loads = this.loads.map((l) => (l.kept === 'kept' && !ids.has(l.id) ? { ...l, kept: 'replaced' } : l));
  }

  #writeFlag(): void {
    writeUserDataFlag(browserStorage(), this.datasets);
  }
}

function recipeOf(stored: StoredLoad): UserFileRecipe {
  return stored.recipe as UserFileRecipe;
}

function newId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `load-${Date.now()}-${Math.random().toString(16).slice(2)}`;
}
