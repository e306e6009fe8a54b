/** This page's localStorage, or null where the browser refuses it (some private modes throw on access). */
export function browserStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
