import { afterEach, describe, expect, it, vi } from 'vitest';
import { openTabChannel, withStoreLock, type StoreChange } from '../../../src/data/tab-sync.ts';

describe('tabs that agree on the stored files', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('a change one tab announces reaches the other tabs, not itself', async () => {
    const heardByA: StoreChange[] = [];
    const heardByB: StoreChange[] = [];
    const a = openTabChannel((c) => heardByA.push(c))!;
    const b = openTabChannel((c) => heardByB.push(c))!;
    a.announce({ kind: 'load', dataset: 'poverty', name: 'a.csv' });
    await vi.waitFor(() => expect(heardByB).toHaveLength(1));
    expect(heardByB[0]).toEqual({ tab: a.tab, kind: 'load', dataset: 'poverty', name: 'a.csv' });
    expect(a.tab).not.toBe(b.tab);
    await new Promise((r) => setTimeout(r, 20));
    expect(heardByA).toEqual([]);
    a.close();
    b.close();
  });

  it('changes run under the one named Web Lock, one at a time', async () => {
    const names: string[] = [];
    let tail = Promise.resolve<unknown>(undefined);
    // A lock manager that queues requests, as the browser's does.
    const request = (name: string, work: () => Promise<unknown>) => {
      names.push(name);
      const run = tail.then(work);
      tail = run.catch(() => {});
      return run;
    };
    vi.stubGlobal('navigator', { locks: { request } });
    const order: string[] = [];
    const slow = withStoreLock(async () => {
      order.push('slow start');
      await new Promise((r) => setTimeout(r, 30));
      order.push('slow end');
      return 1;
    });
    const fast = withStoreLock(async () => {
      order.push('fast');
      return 2;
    });
    expect(await Promise.all([slow, fast])).toEqual([1, 2]);
    expect(order).toEqual(['slow start', 'slow end', 'fast']);
    expect(names).toEqual(['pantau-user-data', 'pantau-user-data']);
  });

  it('without Web Locks the work runs directly', async () => {
    vi.stubGlobal('navigator', {});
    expect(await withStoreLock(async () => 'done')).toBe('done');
  });
});
