/**
 * Memoises an async factory so concurrent callers share one in-flight start (race-safe);
 * a failed start is forgotten so the next call can try again.
 */
export function lazy<T>(factory: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= factory().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}
