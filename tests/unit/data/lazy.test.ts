import { describe, expect, it } from 'vitest';
import { lazy } from '../../../src/data/lazy.ts';

/** A promise and the functions that settle it, so a test decides when a start finishes. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('lazy', () => {
  it('does not start until first called', () => {
    let starts = 0;
    lazy(async () => ++starts);
    expect(starts).toBe(0);
  });

  it('concurrent callers share one start', async () => {
    let starts = 0;
    const gate = deferred<string>();
    const get = lazy(() => {
      starts++;
      return gate.promise;
    });
    const calls = [get(), get(), get()];
    expect(starts).toBe(1);
    gate.resolve('engine');
    expect(await Promise.all(calls)).toEqual(['engine', 'engine', 'engine']);
    expect(await get()).toBe('engine');
    expect(starts).toBe(1);
  });

  it('a failed start is shared by the callers waiting on it, then retried on the next call', async () => {
    const gates = [deferred<string>(), deferred<string>()];
    let starts = 0;
    const get = lazy(() => gates[starts++]!.promise);
    const first = get();
    const second = get();
    gates[0]!.reject(new Error('worker failed'));
    await expect(first).rejects.toThrow('worker failed');
    await expect(second).rejects.toThrow('worker failed');
    expect(starts).toBe(1);
    const retry = get();
    expect(starts).toBe(2);
    gates[1]!.resolve('engine');
    expect(await retry).toBe('engine');
    expect(await get()).toBe('engine');
    expect(starts).toBe(2);
  });

  it('a factory that throws synchronously is not memoised as a broken start', async () => {
    let starts = 0;
    const get = lazy(async () => {
      starts++;
      if (starts === 1) throw new Error('first try');
      return starts;
    });
    await expect(get()).rejects.toThrow('first try');
    expect(await get()).toBe(2);
    expect(await get()).toBe(2);
  });
});
