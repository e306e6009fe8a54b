/**
 * Several tabs of Pantau share one browser store of the user's files. Changes to it are made one tab at a
 * time (a Web Lock), and each change is announced to the other tabs (a BroadcastChannel), so no tab goes on
 * saying a file is kept after another tab replaced it.
 */

/** A change one tab made to the stored files, as the other tabs hear of it. */
export interface StoreChange {
  /** The tab that made it (each tab draws its own id). */
  tab: string;
  kind: 'load' | 'forget';
  /** The dataset it touched, or null for all. */
  dataset: string | null;
  /** The file loaded ('' for a forget). */
  name: string;
}

const NAME = 'pantau-user-data';

/** Runs `work` while holding the lock on the stored files across tabs; directly where the browser has no Web Locks. */
export function withStoreLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  return locks ? locks.request(NAME, work) : work();
}

/** The channel to the other tabs: announce this tab's changes, hear theirs (not its own). */
export interface TabChannel {
  readonly tab: string;
  announce(change: Omit<StoreChange, 'tab'>): void;
  close(): void;
}

/** Opens the channel, or null where the browser has no BroadcastChannel (then tabs are not told). */
export function openTabChannel(onChange: (change: StoreChange) => void): TabChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(NAME);
  const tab = globalThis.crypto?.randomUUID?.() ?? `tab-${Date.now()}-${Math.random().toString(16).slice(2)}`;
  channel.onmessage = (event: MessageEvent<StoreChange>) => {
    if (event.data?.tab && event.data.tab !== tab) onChange(event.data);
  };
  return {
    tab,
    announce: (change) => channel.postMessage({ ...change, tab }),
    close: () => channel.close(),
  };
}
