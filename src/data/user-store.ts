/** One file a user loaded, kept in this browser so the load can be replayed after a reload. */
export interface StoredLoad {
  id: string;
  dataset: string;
  name: string;
  size: number;
  /** The file as loaded, stored as-is (IndexedDB keeps Blobs natively). */
  blob: Blob;
  /** How the file was read; must survive structured cloning (plain data, no functions). */
  recipe: unknown;
  savedAt: string;
  order: number;
}

/** The user's loaded files in IndexedDB (database "pantau", store "loads"). */
export interface UserStore {
  /** Every stored load, by `order` ascending. */
  list(): Promise<StoredLoad[]>;
  /** Adds a load, or replaces the one with the same id. */
  put(load: StoredLoad): Promise<void>;
  /** Removes one load. */
  remove(id: string): Promise<void>;
  /** Removes every load of a dataset. */
  removeDataset(dataset: string): Promise<void>;
  /** Removes every load. */
  clear(): Promise<void>;
}

const DATABASE = 'pantau';
const STORE = 'loads';
const VERSION = 1;

/** Opens the store, or null where IndexedDB is unavailable (private modes): the app then keeps loads for the session only. */
export async function openUserStore(): Promise<UserStore | null> {
  try {
    return userStore(await openDatabase());
  } catch {
    return null;
  }
}

// Inside the promise because `indexedDB` is missing in some browsers and throws when read in
// some sandboxed frames: both become a rejection.
function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    let blocked = false;
    const request = globalThis.indexedDB.open(DATABASE, VERSION);
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore(STORE, { keyPath: 'id' });
      store.createIndex('dataset', 'dataset');
    };
    // A database that opens after we gave up on it is closed, not left holding the other tab.
    request.onsuccess = () => (blocked ? request.result.close() : resolve(withVersionChange(request.result)));
    request.onerror = () => reject(request.error ?? new Error('IndexedDB: the database could not be opened'));
    request.onblocked = () => {
      blocked = true;
      reject(new Error('IndexedDB: the database is held open by an older version in another tab'));
    };
  });
}

// A newer version opened in another tab must not be blocked by this one: close and let it upgrade.
function withVersionChange(db: IDBDatabase): IDBDatabase {
  db.onversionchange = () => db.close();
  return db;
}

// Resolves when the transaction has committed, so a write is on disk before the caller goes on.
function transact(db: IDBDatabase, mode: IDBTransactionMode, work: (store: IDBObjectStore) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(STORE, mode);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB: the transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB: the transaction was aborted'));
    work(tx.objectStore(STORE));
  });
}

function userStore(db: IDBDatabase): UserStore {
  return {
    list: async () => {
      let loads: StoredLoad[] = [];
      await transact(db, 'readonly', (store) => {
        const request = store.getAll();
        request.onsuccess = () => (loads = request.result as StoredLoad[]);
      });
      return loads.sort((a, b) => a.order - b.order);
    },
    put: (load) => transact(db, 'readwrite', (store) => store.put(load)),
    remove: (id) => transact(db, 'readwrite', (store) => store.delete(id)),
    removeDataset: (dataset) =>
      transact(db, 'readwrite', (store) => {
        // The index answers with primary keys, deleted in the same transaction.
        const request = store.index('dataset').getAllKeys(dataset);
        request.onsuccess = () => request.result.forEach((key) => store.delete(key));
      }),
    clear: () => transact(db, 'readwrite', (store) => store.clear()),
  };
}
