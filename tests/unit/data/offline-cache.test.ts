import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startOfflineCache } from '../../../src/data/offline-cache.ts';

/** A stand-in for navigator.serviceWorker: the browser API is absent in Node. */
class FakeContainer extends EventTarget {
  controller: object | null = null;
  constructor(private readonly registration: () => Promise<unknown>) {
    super();
  }
  register(): Promise<unknown> {
    return this.registration();
  }
}

class FakeWorker extends EventTarget {
  state = 'installing';
  become(state: string): void {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

/** Whether the promise has settled after the pending microtasks ran, with the clock stopped. */
async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  for (let i = 0; i < 10; i++) await Promise.resolve();
  return done;
}

describe('startOfflineCache: how long a first visit waits before starting DuckDB', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubEnv('PROD', true);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllEnvs();
    vi.unstubAllGlobals();
  });

  const install = (container: FakeContainer) => vi.stubGlobal('navigator', { serviceWorker: container });

  it('does not wait when the browser resolves the registration with nothing (workers refused)', async () => {
    install(new FakeContainer(async () => undefined));
    expect(await settled(startOfflineCache())).toBe(true);
  });

  it('does not wait when the registration is rejected', async () => {
    install(new FakeContainer(async () => Promise.reject(new Error('insecure'))));
    expect(await settled(startOfflineCache())).toBe(true);
  });

  it('waits for the worker to take control, and no longer', async () => {
    const container = new FakeContainer(async () => ({ installing: new FakeWorker() }));
    install(container);
    const started = startOfflineCache();
    expect(await settled(started)).toBe(false);
    container.dispatchEvent(new Event('controllerchange'));
    expect(await settled(started)).toBe(true);
  });

  it('stops waiting when the worker fails to install', async () => {
    const worker = new FakeWorker();
    install(new FakeContainer(async () => ({ installing: worker })));
    const started = startOfflineCache();
    worker.become('installed');
    expect(await settled(started)).toBe(false);
    worker.become('redundant');
    expect(await settled(started)).toBe(true);
  });

  it('gives up after three seconds when the worker never takes control', async () => {
    install(new FakeContainer(async () => ({ installing: new FakeWorker() })));
    const started = startOfflineCache();
    await vi.advanceTimersByTimeAsync(2999);
    expect(await settled(started)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(started)).toBe(true);
  });

  it('does not wait on a later visit, when the page is already controlled', async () => {
    const container = new FakeContainer(async () => ({ active: new FakeWorker() }));
    container.controller = {};
    install(container);
    expect(await settled(startOfflineCache())).toBe(true);
  });
});
